/**
 * The station's booking rules as the chief edits them: text fields ⇄ the contract's numbers,
 * checked the way the server checks them (same limits, same "label：reason" messages).
 */
import type { InputOf, OutputOf } from '@core/contract';
import { HORIZON_DAYS_MAX, MAX_OPEN_PER_COMPANY_MAX, MIN_NOTICE_MINUTES_MAX } from '@core/rules/consult-limits';

export type Rules = OutputOf<'consult', 'getBookingRules'>;
export type RulesField = keyof Rules;
export type RulesDraft = Record<RulesField, string>;

/** `label` names the field in messages (the contract's label); `short` fits the form's label column. */
export const RULE_FIELDS: Array<{
  name: RulesField;
  label: string;
  short: string;
  min: number;
  max: number;
  unit: string;
}> = [
  {
    name: 'minNoticeMinutes',
    label: '最短提前预约分钟数',
    short: '最短提前',
    min: 0,
    max: MIN_NOTICE_MINUTES_MAX,
    unit: '分钟',
  },
  { name: 'horizonDays', label: '可预约天数', short: '可约天数', min: 1, max: HORIZON_DAYS_MAX, unit: '天' },
  {
    name: 'maxOpenPerCompany',
    label: '每家企业未完成预约上限',
    short: '预约上限',
    min: 1,
    max: MAX_OPEN_PER_COMPANY_MAX,
    unit: '个',
  },
];

export const rulesDraft = (r: Rules): RulesDraft => ({
  minNoticeMinutes: String(r.minNoticeMinutes),
  horizonDays: String(r.horizonDays),
  maxOpenPerCompany: String(r.maxOpenPerCompany),
});

/** A field's whole number, or null when it is not one. */
function wholeNumber(text: string): number | null {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : null;
}

export function rulesErrors(d: RulesDraft): Partial<Record<RulesField, string>> {
  const errors: Partial<Record<RulesField, string>> = {};
  for (const f of RULE_FIELDS) {
    const n = wholeNumber(d[f.name]);
    if (n === null) errors[f.name] = `${f.label}：请输入整数`;
    else if (n < f.min || n > f.max) errors[f.name] = `${f.label}：应在 ${f.min}–${f.max}${f.unit}之间`;
  }
  return errors;
}

export function rulesInput(stationId: string, d: RulesDraft): InputOf<'consult', 'setBookingRules'> {
  return {
    stationId,
    minNoticeMinutes: Number(d.minNoticeMinutes.trim()),
    horizonDays: Number(d.horizonDays.trim()),
    maxOpenPerCompany: Number(d.maxOpenPerCompany.trim()),
  };
}
