/** Service requests as the pages show them: statuses, urgencies, sources, categories by group (zod-free). */
import {
  REQUEST_SOURCE,
  REQUEST_STATUS,
  REQUEST_URGENCY,
  SERVICE_CATEGORY,
  labelOf,
  type RequestStatus,
  type RequestUrgency,
  type ServiceCategory,
} from '@core/enums';
import { REQUEST_TRANSITIONS, requestEventLabel, type RequestStep } from '@core/rules/request-flow';
import { optionsOf } from '@/components/FormField';

export type { RequestStatus, RequestUrgency, ServiceCategory, RequestStep };

export const statusLabel = (s: string) => labelOf(REQUEST_STATUS, s);
export const urgencyLabel = (u: string) => labelOf(REQUEST_URGENCY, u);
export const sourceLabel = (s: string) => labelOf(REQUEST_SOURCE, s);
export const categoryLabel = (c: string) => labelOf(SERVICE_CATEGORY, c);
export const eventLabel = requestEventLabel;
/** 受理, 开始办理, 办结, 撤回 */
export const stepVerb = (step: RequestStep) => REQUEST_TRANSITIONS[step].verb;

export const STATUSES = REQUEST_STATUS.values;
export const URGENCIES = optionsOf(REQUEST_URGENCY);

/**
 * The catalogue in two groups: the basic services of 004 §6.1 and the seven mobile-studio
 * services of 001 §7.1 (their values start with `studio_`).
 */
export type CategoryGroup = 'basic' | 'studio';
export const CATEGORY_GROUPS: Array<{ value: CategoryGroup; label: string }> = [
  { value: 'basic', label: '基础服务' },
  { value: 'studio', label: '流动工作室服务' },
];
const groupOf = (c: ServiceCategory): CategoryGroup => (c.startsWith('studio_') ? 'studio' : 'basic');
export const categoriesOf = (group: CategoryGroup) =>
  SERVICE_CATEGORY.values
    .filter((value) => groupOf(value) === group)
    .map((value) => ({ value, label: SERVICE_CATEGORY.labels[value] }));
