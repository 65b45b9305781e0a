/** Labels and options of visits and follow-ups as their pages use them (core/enums.ts, zod-free). */
import {
  FOLLOW_UP_SOURCE,
  HOLDING_KIND,
  REQUEST_URGENCY,
  SERVICE_CATEGORY,
  VISIT_FORM,
  labelOf,
} from '../../../../core/enums';

export const formLabel = (f: string) => labelOf(VISIT_FORM, f);
export const topicLabel = (t: string) => labelOf(SERVICE_CATEGORY, t);
export const urgencyLabel = (u: string) => labelOf(REQUEST_URGENCY, u);
export const sourceLabel = (s: string) => labelOf(FOLLOW_UP_SOURCE, s);
export const holdingLabel = (k: string) => labelOf(HOLDING_KIND, k);

export const FORMS = VISIT_FORM.values.map((value) => ({ value, label: VISIT_FORM.labels[value] }));
export const URGENCIES = REQUEST_URGENCY.values.map((value) => ({ value, label: REQUEST_URGENCY.labels[value] }));
/** Every service category, the mobile-studio ones included (a visit may find any need). */
export const CATEGORIES = SERVICE_CATEGORY.values.map((value) => ({ value, label: SERVICE_CATEGORY.labels[value] }));

/** "2026-11-23 09:00", Shanghai time whatever the phone's zone: the app-wide stamp. */
export { stampOf } from '../../../lib/format';
