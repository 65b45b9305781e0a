/** Labels and options of visits and follow-ups as their pages use them (core/enums.ts, zod-free). */
import { FOLLOW_UP_SOURCE, REQUEST_URGENCY, SERVICE_CATEGORY, VISIT_FORM, labelOf } from '@core/enums';
import { optionsOf } from '@/components/FormField';

export const formLabel = (f: string) => labelOf(VISIT_FORM, f);
export const topicLabel = (t: string) => labelOf(SERVICE_CATEGORY, t);
export const sourceLabel = (s: string) => labelOf(FOLLOW_UP_SOURCE, s);

export const FORMS = optionsOf(VISIT_FORM);
export const URGENCIES = optionsOf(REQUEST_URGENCY);
/** Every service category, the mobile-studio ones included (a visit may find any need). */
export const CATEGORIES = optionsOf(SERVICE_CATEGORY);

/** "2026-11-23 09:00", Shanghai time whatever the phone's zone: the app-wide stamp. */
export { stampOf } from '@/lib/format';
