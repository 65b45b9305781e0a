/**
 * The 提交服务需求 form's draft: its checks (mirroring the contract, so most mistakes show before
 * sending) and the createRequest input it becomes. Pure: no Taro, no services.
 */
import type { AttachmentView, InputOf } from '@core/contract';
import { REQUEST_DESCRIPTION_MAX, REQUEST_DESCRIPTION_MIN } from '@core/rules/request-flow';
import type { CategoryGroup, RequestUrgency, ServiceCategory } from './labels';

export { REQUEST_DESCRIPTION_MAX };

export interface RequestDraft {
  group: CategoryGroup;
  category: ServiceCategory | '';
  description: string;
  urgency: RequestUrgency;
  /** Uploaded attachments (files.register's answers), in the order picked. */
  attachments: AttachmentView[];
}

export const initialDraft = (): RequestDraft => ({
  group: 'basic',
  category: '',
  description: '',
  urgency: 'normal',
  attachments: [],
});

/** The problems to show under each field (keys as the server names them), top of the form first. */
export function draftErrors(d: RequestDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!d.category) errors.category = '需求类别：请选择需求类别';
  const n = d.description.trim().length;
  if (n < REQUEST_DESCRIPTION_MIN) errors.description = `需求描述：请至少填写${REQUEST_DESCRIPTION_MIN}个字`;
  else if (n > REQUEST_DESCRIPTION_MAX) errors.description = `需求描述：不能超过${REQUEST_DESCRIPTION_MAX}字`;
  return errors;
}

export function requestInput(
  d: RequestDraft,
  clientRequestId: string,
  stationId?: string,
): InputOf<'request', 'createRequest'> {
  return {
    clientRequestId,
    ...(stationId ? { stationId } : {}),
    category: d.category as ServiceCategory,
    description: d.description.trim(),
    urgency: d.urgency,
    attachments: d.attachments.map((a) => a.id),
  };
}
