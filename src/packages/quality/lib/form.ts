/**
 * The 新建整改 form's draft and the 完成整改 evidence: their checks (mirroring the contract's
 * limits, so most mistakes show before sending, under the fields the server names) and the
 * inputs they become; and the draft a link fills in (服务评价's 「发起整改」). The limits live here
 * because core/rules has none for quality yet; they must match core/contract/quality.ts. Pure:
 * no Taro, no services.
 */
import type { AttachmentView, InputOf } from '@core/contract';
import { IMPROVEMENT_SOURCE, type ImprovementSource } from '@core/enums';

export const FINDING_MIN = 5;
export const FINDING_MAX = 500;
export const MEASURE_MIN = 5;
export const MEASURE_MAX = 500;
export const EVIDENCE_MIN = 5;
export const EVIDENCE_MAX = 1000;

export interface ImprovementDraft {
  source: ImprovementSource | '';
  /** The complaint the finding came from (source 投诉 only; optional). */
  refId: string;
  finding: string;
  measure: string;
  ownerId: string;
  dueDate: string;
}

export const emptyDraft = (): ImprovementDraft => ({
  source: '',
  refId: '',
  finding: '',
  measure: '',
  ownerId: '',
  dueDate: '',
});

/**
 * The draft a link opens the form with (`finding`, and `source` when it is one of
 * IMPROVEMENT_SOURCE), or null when the link names no finding. The text is cut to what the form
 * takes; the rest (measure, owner, due date) is the chief's to fill.
 */
export function draftFromLink(params: { finding?: string; source?: string }): ImprovementDraft | null {
  const finding = params.finding?.trim().slice(0, FINDING_MAX) ?? '';
  if (!finding) return null;
  const source = (IMPROVEMENT_SOURCE.values as readonly string[]).includes(params.source ?? '')
    ? (params.source as ImprovementSource)
    : '';
  return { ...emptyDraft(), source, finding };
}

/** The server's field path each draft field answers for. */
export const FIELD_PATHS: Record<keyof ImprovementDraft, string> = {
  source: 'source',
  refId: 'source.refId',
  finding: 'finding',
  measure: 'measure',
  ownerId: 'ownerId',
  dueDate: 'dueDate',
};

function lengthError(label: string, typed: string, min: number, max: number): string | undefined {
  const n = typed.trim().length;
  if (n < min) return `${label}：请至少填写${min}个字`;
  if (n > max) return `${label}：不能超过${max}字`;
  return undefined;
}

/** The problems to show under each field (keys as the server names them), top of the form first. */
export function draftErrors(d: ImprovementDraft, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!d.source) errors.source = '来源：请选择整改的来源';
  const finding = lengthError('发现的问题', d.finding, FINDING_MIN, FINDING_MAX);
  if (finding) errors.finding = finding;
  const measure = lengthError('整改措施', d.measure, MEASURE_MIN, MEASURE_MAX);
  if (measure) errors.measure = measure;
  if (!d.ownerId) errors.ownerId = '责任人：请选择责任人';
  if (!d.dueDate) errors.dueDate = '整改期限：请选择整改期限';
  else if (d.dueDate < today) errors.dueDate = '整改期限：不能早于今天';
  return errors;
}

/** Call only once draftErrors found nothing; `stationId` when an admin works on a picked station. */
export function improvementInput(
  d: ImprovementDraft,
  clientRequestId: string,
  stationId?: string,
): InputOf<'quality', 'createImprovement'> {
  const refId = d.source === 'complaint' ? d.refId : '';
  return {
    clientRequestId,
    ...(stationId ? { stationId } : {}),
    source: { kind: d.source as ImprovementSource, ...(refId ? { refId } : {}) },
    finding: d.finding.trim(),
    measure: d.measure.trim(),
    ownerId: d.ownerId,
    dueDate: d.dueDate,
  };
}

export interface EvidenceDraft {
  evidence: string;
  attachments: AttachmentView[];
}

export function evidenceErrors(d: EvidenceDraft): Record<string, string> {
  const evidence = lengthError('整改情况', d.evidence, EVIDENCE_MIN, EVIDENCE_MAX);
  return evidence ? { evidence } : {};
}

export const completeInput = (improvementId: string, d: EvidenceDraft): InputOf<'quality', 'completeImprovement'> => ({
  improvementId,
  evidence: d.evidence.trim(),
  attachments: d.attachments.map((a) => a.id),
});
