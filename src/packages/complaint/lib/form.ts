/**
 * The 我要投诉 form's draft: what the complaint is about (the station, or one of the company's own
 * records), the facts, what is wanted and the evidence; its checks (mirroring the contract, with
 * the limits of core/rules/complaint-flow.ts, so most mistakes show before sending, under the
 * fields the server names: `subject.stationId`, `subject.refId`…) and the fileComplaint input it
 * becomes. Pure: no Taro, no services.
 */
import type { AttachmentView, InputOf } from '@core/contract';
import { COMPLAINT_FACTS_MAX, COMPLAINT_FACTS_MIN, COMPLAINT_WANTED_MAX } from '@core/rules/complaint-flow';

export { COMPLAINT_FACTS_MAX, COMPLAINT_WANTED_MAX };

/** What a complainant may pick (COMPLAINT_SUBJECT's 'person' is reached through a service's switch). */
export type SubjectKind = 'station' | 'booking' | 'record' | 'request' | 'training';
export const SUBJECT_KINDS: readonly SubjectKind[] = ['station', 'booking', 'record', 'request', 'training'];
export const isSubjectKind = (v: string | undefined): v is SubjectKind =>
  v !== undefined && (SUBJECT_KINDS as readonly string[]).includes(v);

/** The services whose giver may be complained about in person (aboutPerson). */
export const servesInPerson = (k: SubjectKind | ''): k is 'booking' | 'record' | 'request' =>
  k === 'booking' || k === 'record' || k === 'request';

export interface ComplaintDraft {
  kind: SubjectKind | '';
  /** The station complained about (kind 'station'). */
  stationId: string;
  /** The booking, record, request or training session (any other kind). */
  refId: string;
  aboutChief: boolean;
  aboutPerson: boolean;
  facts: string;
  wanted: string;
  /** Uploaded evidence (files.register's answers), in the order picked. */
  attachments: AttachmentView[];
}

/** A draft preselected by the link that opened the form (ROUTES.complaintNew(kind, refId)). */
export function initialDraft(kind?: string, refId?: string): ComplaintDraft {
  const known = isSubjectKind(kind) ? kind : '';
  return {
    kind: known,
    stationId: known === 'station' ? (refId ?? '') : '',
    refId: known && known !== 'station' ? (refId ?? '') : '',
    aboutChief: false,
    aboutPerson: false,
    facts: '',
    wanted: '',
    attachments: [],
  };
}

/** The server's field path each draft field answers for. */
export const FIELD_PATHS: Record<keyof ComplaintDraft, string> = {
  kind: 'subject',
  stationId: 'subject.stationId',
  refId: 'subject.refId',
  aboutChief: 'subject.aboutChief',
  aboutPerson: 'subject.aboutPerson',
  facts: 'facts',
  wanted: 'wanted',
  attachments: 'attachments',
};

/** The problems to show under each field (keys as the server names them), top of the form first. */
export function draftErrors(d: ComplaintDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!d.kind) errors.subject = '投诉对象：请选择投诉的对象';
  else if (d.kind === 'station' && !d.stationId) errors['subject.stationId'] = '服务站点：请选择被投诉的服务站点';
  else if (d.kind !== 'station' && !d.refId) errors['subject.refId'] = '相关服务：请选择投诉涉及的服务';
  const n = d.facts.trim().length;
  if (n < COMPLAINT_FACTS_MIN) errors.facts = `投诉事实：请至少填写${COMPLAINT_FACTS_MIN}个字`;
  else if (n > COMPLAINT_FACTS_MAX) errors.facts = `投诉事实：不能超过${COMPLAINT_FACTS_MAX}字`;
  if (d.wanted.trim().length > COMPLAINT_WANTED_MAX) errors.wanted = `诉求：不能超过${COMPLAINT_WANTED_MAX}字`;
  return errors;
}

type FileInput = InputOf<'complaint', 'fileComplaint'>;

function subjectOf(d: ComplaintDraft): FileInput['subject'] {
  if (d.kind === 'station') return { kind: 'station', stationId: d.stationId, aboutChief: d.aboutChief };
  if (d.kind === 'training') return { kind: 'training', refId: d.refId };
  return { kind: d.kind as 'booking' | 'record' | 'request', refId: d.refId, aboutPerson: d.aboutPerson };
}

/** Call only once draftErrors found nothing (a kind is picked). */
export function complaintInput(d: ComplaintDraft, clientRequestId: string): FileInput {
  const wanted = d.wanted.trim();
  return {
    clientRequestId,
    subject: subjectOf(d),
    facts: d.facts.trim(),
    ...(wanted ? { wanted } : {}),
    attachments: d.attachments.map((a) => a.id),
  };
}
