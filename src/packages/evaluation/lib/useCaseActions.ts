/**
 * What a reviewer (or the admin) may do about a station besides scoring: 退回补正 (what is missing,
 * all at once), 记录一票否决 (one of 000's three conditions with its facts and evidence; asked once
 * more) and — a reviewer — 声明回避 (the reason; asked once more; they then leave the station).
 * Each is a panel with one text, checked against the contract's limits before sending; only the
 * steps that can still be taken are offered.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { StationEvaluation } from '@core/contract';
import { EVAL_VETO, type EvalVeto } from '@core/enums';
import { EVAL_REASON_MAX, EVAL_REASON_MIN } from '@core/rules/evaluation';
import { confirm, toastError, toastOk } from '@/lib/feedback';
import { toastFirstError, type FieldErrors } from '@/lib/field-errors';
import { ROUTES } from '@/lib/routes';
import { ServiceError } from '@/services/errors';
import { declareConflict, recordVeto, requestCorrection } from '@/services/evaluation';

export type CasePanel = 'correction' | 'veto' | 'conflict';

export const CASE_PANELS: Record<
  CasePanel,
  { title: string; field: string; label: string; placeholder: string; confirm: string }
> = {
  correction: {
    title: '退回补正',
    field: 'reasons',
    label: '补正事项',
    placeholder: '一次性列明需补正的材料与问题',
    confirm: '确认退回',
  },
  veto: {
    title: '记录一票否决',
    field: 'evidence',
    label: '事实与证据',
    placeholder: '否决情形的事实经过与证据来源',
    confirm: '记录否决',
  },
  conflict: {
    title: '声明回避',
    field: 'reason',
    label: '回避理由',
    placeholder: '与该站点存在的利益关系',
    confirm: '确认回避',
  },
};

/** The steps still open to the caller, in the order offered. */
export function openSteps(ev: StationEvaluation): CasePanel[] {
  if (ev.round.status !== 'open') return [];
  return [
    ...(ev.status === 'submitted' ? (['correction'] as const) : []),
    'veto' as const,
    ...(ev.side === 'reviewer' && ev.reviews[0]?.status === 'pending' ? (['conflict'] as const) : []),
  ];
}

function textErrors(panel: CasePanel, typed: string): FieldErrors {
  const { field, label } = CASE_PANELS[panel];
  const n = typed.trim().length;
  if (n < EVAL_REASON_MIN) return { [field]: `${label}：请至少填写${EVAL_REASON_MIN}个字` };
  if (n > EVAL_REASON_MAX) return { [field]: `${label}：不能超过${EVAL_REASON_MAX}字` };
  return {};
}

/** Back to where the reviewer came from (their rounds), the station being no longer theirs to read. */
function leave(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.redirectTo({ url: ROUTES.evaluations });
}

export function useCaseActions(ev: StationEvaluation, onUpdated: (next: StationEvaluation) => void) {
  const [panel, setPanel] = useState<CasePanel | null>(null);
  const [text, setText] = useState('');
  const [condition, setCondition] = useState<EvalVeto | ''>('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const at = { roundId: ev.round.id, stationId: ev.stationId };

  const run = async (done: string, send: () => Promise<StationEvaluation | null>) => {
    setBusy(true);
    try {
      const next = await send();
      toastOk(done);
      setPanel(null);
      setText('');
      if (next) onUpdated(next);
      else leave();
    } catch (e) {
      if (e instanceof ServiceError && e.code === 'INVALID_INPUT') setErrors(e.fields);
      toastError(e);
    } finally {
      setBusy(false);
    }
  };

  const send = async () => {
    if (!panel || busy) return;
    const problems = {
      ...(panel === 'veto' && !condition ? { condition: '否决情形：请选择否决情形' } : {}),
      ...textErrors(panel, text),
    };
    setErrors(problems);
    if (toastFirstError(problems)) return;
    const typed = text.trim();
    if (panel === 'correction') {
      await run('已退回补正', () => requestCorrection({ ...at, reasons: typed }));
    } else if (panel === 'veto' && condition) {
      const sure = `确定记录“${EVAL_VETO.labels[condition]}”吗？记录后该站点的评价结果为否决，且不能撤销。`;
      if (!(await confirm('记录一票否决', sure))) return;
      await run('已记录否决情形', () => recordVeto({ ...at, condition, evidence: typed }));
    } else if (panel === 'conflict') {
      const sure = '声明回避后您将不再评审该站点，也不能再查看其材料，且不能撤回。确定声明回避吗？';
      if (!(await confirm('声明回避', sure))) return;
      await run('已声明回避', async () => (await declareConflict({ ...at, reason: typed }), null));
    }
  };

  const open = (p: CasePanel | null) => {
    setErrors({});
    setText('');
    setPanel(p);
  };
  const edit = (v: string) => {
    setText(v);
    setErrors(({ condition: c }): FieldErrors => (c ? { condition: c } : {}));
  };
  const pick = (v: EvalVeto) => {
    setCondition(v);
    setErrors(({ condition: _c, ...rest }) => rest);
  };

  return { panel, open, text, edit, condition, pick, errors, busy, send };
}

export type CaseActions = ReturnType<typeof useCaseActions>;
