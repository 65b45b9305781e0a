/** Limits of an archive record (咨询档案), shared by its contract and its form (zod-free). */
export const SUMMARY_MAX = 1000;
export const ANSWER_MAX = 2000;
export const NOTE_MAX = 500;
export const TEXT_MIN = 5;
export { MAX_ATTACHMENTS } from './uploads';
export const MAX_DURATION_MINUTES = 480;
/** The keyword of the archive's search (咨询档案 list). */
export const RECORD_KEYWORD_MAX = 50;
