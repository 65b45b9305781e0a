/**
 * The appendix A application form (申请设立流动工作室) while it is typed: text as typed (numbers
 * too, converted on sending), choices, ticked lists. The checks the page makes before sending are
 * worded like the server's INVALID_INPUT messages ("负责人手机：格式不正确") and keyed by the same
 * field paths inside `form` ("legalRep.mobile", "holdings.invention"), so a message from either
 * side lands under the same field. This package keeps its own copy rather than importing the
 * ledger's profile form: subpackages stay apart, and this form's fields are all required.
 */
import type { InputOf, OutputOf, StudioApplication } from '@core/contract';
import {
  HOLDING_KIND,
  type BusinessScale,
  type HoldingKind,
  type HonorLevel,
  type ListingStatus,
  type StudioNeed,
} from '@core/enums';
import { HOLDING_MAX } from '@core/rules/holdings';
import {
  ADDRESS_MAX,
  CAPITAL_MAX,
  HEADCOUNT_MAX,
  IP_MANAGERS_MAX,
  PERSON_NAME_MAX,
  PERSON_TITLE_MAX,
  YEAR_MIN,
  shanghaiYear,
} from '@core/rules/ledger';
import { MOBILE_PATTERN } from '@core/rules/patterns';
import { OTHER_NEED_MAX, TOWN_MAX } from '@core/rules/studio';
import type { FieldErrors } from '@/lib/field-errors';
import { ServiceError } from '@/services/errors';

/** Labels as the contract describes the fields, so both sides' messages read the same. */
export const LABELS = {
  town: '所在镇街',
  registeredAddress: '注册地址',
  listingStatus: '上市情况',
  registeredCapital: '注册资本（万元）',
  headcount: '企业人数',
  businessScale: '经营规模',
  'legalRep.name': '负责人姓名',
  'legalRep.title': '负责人职务职称',
  'legalRep.mobile': '负责人手机',
  'contact.name': '联系人姓名',
  'contact.title': '联系人职务职称',
  'contact.mobile': '联系人手机',
  ipDepartment: '设有知识产权部门',
  ipManagers: '知识产权管理人员数量',
  ipSystemSince: '知识产权管理制度建立年份',
  ipStandardYear: '知识产权管理规范认证年份',
  demonstration: '知识产权示范企业',
  advantage: '知识产权优势企业',
  highTechSince: '高新技术企业认定年份',
  patentAwards: '专利奖',
  needs: '申请需求',
  otherNeed: '其他需求说明',
  commitment: '承诺',
} as const;

/** Fields typed as text (numbers too). */
export type TextKey =
  | 'town'
  | 'registeredAddress'
  | 'registeredCapital'
  | 'headcount'
  | 'legalRep.name'
  | 'legalRep.title'
  | 'legalRep.mobile'
  | 'contact.name'
  | 'contact.title'
  | 'contact.mobile'
  | 'ipManagers'
  | 'ipSystemSince'
  | 'ipStandardYear'
  | 'highTechSince'
  | 'otherNeed';

const TEXT_KEYS: readonly TextKey[] = [
  'town',
  'registeredAddress',
  'registeredCapital',
  'headcount',
  'legalRep.name',
  'legalRep.title',
  'legalRep.mobile',
  'contact.name',
  'contact.title',
  'contact.mobile',
  'ipManagers',
  'ipSystemSince',
  'ipStandardYear',
  'highTechSince',
  'otherNeed',
];

export interface ApplyForm {
  text: Record<TextKey, string>;
  listingStatus: ListingStatus | '';
  businessScale: BusinessScale | '';
  ipDepartment: 'yes' | 'no' | '';
  demonstration: HonorLevel[];
  advantage: HonorLevel[];
  patentAwards: HonorLevel[];
  /** Counts as typed; empty means 0. */
  holdings: Record<HoldingKind, string>;
  needs: StudioNeed[];
  commitment: boolean;
}

export type StudioFormInput = InputOf<'studio', 'submitApplication'>['form'];
export type Prefill = OutputOf<'studio', 'prefillApplication'>;

export function emptyForm(): ApplyForm {
  return {
    text: Object.fromEntries(TEXT_KEYS.map((k) => [k, ''])) as Record<TextKey, string>,
    listingStatus: '',
    businessScale: '',
    ipDepartment: '',
    demonstration: [],
    advantage: [],
    patentAwards: [],
    holdings: Object.fromEntries(HOLDING_KIND.values.map((k) => [k, ''])) as Record<HoldingKind, string>,
    needs: [],
    commitment: false,
  };
}

const num = (n: number | undefined) => (n === undefined ? '' : String(n));

type KnownFields = Partial<Omit<StudioApplication['form'], 'holdings'>> & {
  holdings?: Partial<Record<HoldingKind, number>>;
};

/**
 * The form started from what is known: the ledger's prefill for a new application, or the
 * application as sent for a returned one. The commitment is never carried over: it is given anew.
 */
export function formOf(f: KnownFields): ApplyForm {
  const empty = emptyForm();
  return {
    text: {
      ...empty.text,
      town: f.town ?? '',
      registeredAddress: f.registeredAddress ?? '',
      registeredCapital: num(f.registeredCapital),
      headcount: num(f.headcount),
      'legalRep.name': f.legalRep?.name ?? '',
      'legalRep.title': f.legalRep?.title ?? '',
      'legalRep.mobile': f.legalRep?.mobile ?? '',
      'contact.name': f.contact?.name ?? '',
      'contact.title': f.contact?.title ?? '',
      'contact.mobile': f.contact?.mobile ?? '',
      ipManagers: num(f.ipManagers),
      ipSystemSince: num(f.ipSystemSince),
      ipStandardYear: num(f.ipStandardYear),
      highTechSince: num(f.highTechSince),
      otherNeed: f.otherNeed ?? '',
    },
    listingStatus: f.listingStatus ?? '',
    businessScale: f.businessScale ?? '',
    ipDepartment: f.ipDepartment === undefined ? '' : f.ipDepartment ? 'yes' : 'no',
    demonstration: f.demonstration ?? [],
    advantage: f.advantage ?? [],
    patentAwards: f.patentAwards ?? [],
    holdings: Object.fromEntries(HOLDING_KIND.values.map((k) => [k, num(f.holdings?.[k])])) as Record<
      HoldingKind,
      string
    >,
    needs: f.needs ?? [],
    commitment: false,
  };
}

/* ---------- checks ---------- */

function required(e: FieldErrors, key: TextKey, value: string, max: number): void {
  const v = value.trim();
  if (v.length === 0) e[key] = `${LABELS[key]}：不能为空`;
  else if (v.length > max) e[key] = `${LABELS[key]}：最多 ${max} 个字`;
}

function chosen(e: FieldErrors, key: keyof typeof LABELS, value: string): void {
  if (!value) e[key] = `${LABELS[key]}：请选择`;
}

const WHOLE = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;

interface NumberRule {
  label: string;
  max: number;
  min?: number;
  whole?: boolean;
  /** Empty is an error (else it is left out, or counts as 0 where the field says so). */
  needed?: boolean;
}

function checkNumber(e: FieldErrors, key: string, value: string, rule: NumberRule): void {
  const v = value.trim();
  const { label, max, min = 0, whole = true } = rule;
  if (v === '') {
    if (rule.needed) e[key] = `${label}：不能为空`;
    return;
  }
  if (v.startsWith('-')) e[key] = `${label}：不能为负数`;
  else if (!(whole ? WHOLE : DECIMAL).test(v)) e[key] = `${label}：${whole ? '请填写整数' : '请填写数字'}`;
  else if (Number(v) < min) e[key] = `${label}：至少${min}人`;
  else if (Number(v) > max) e[key] = `${label}：不能大于 ${max}`;
}

function checkYear(e: FieldErrors, key: TextKey, value: string, now: number): void {
  const v = value.trim();
  if (v === '') return;
  const label = LABELS[key];
  const thisYear = shanghaiYear(now);
  if (!/^\d{4}$/.test(v) || Number(v) < YEAR_MIN) e[key] = `${label}：应为 ${YEAR_MIN} 年以后的年份`;
  else if (Number(v) > thisYear) e[key] = `${label}：不能晚于 ${thisYear} 年`;
}

function checkPerson(e: FieldErrors, f: ApplyForm, who: 'legalRep' | 'contact'): void {
  required(e, `${who}.name`, f.text[`${who}.name`], PERSON_NAME_MAX);
  required(e, `${who}.title`, f.text[`${who}.title`], PERSON_TITLE_MAX);
  const mobile = f.text[`${who}.mobile`].trim();
  if (mobile === '') e[`${who}.mobile`] = `${LABELS[`${who}.mobile`]}：不能为空`;
  else if (!MOBILE_PATTERN.test(mobile)) e[`${who}.mobile`] = `${LABELS[`${who}.mobile`]}：格式不正确`;
}

/** What the page finds wrong before sending, in form order (the first is toasted). */
export function validateForm(f: ApplyForm, now: number): FieldErrors {
  const e: FieldErrors = {};
  required(e, 'town', f.text.town, TOWN_MAX);
  required(e, 'registeredAddress', f.text.registeredAddress, ADDRESS_MAX);
  chosen(e, 'listingStatus', f.listingStatus);
  checkNumber(e, 'registeredCapital', f.text.registeredCapital, {
    label: LABELS.registeredCapital,
    max: CAPITAL_MAX,
    whole: false,
    needed: true,
  });
  checkNumber(e, 'headcount', f.text.headcount, { label: LABELS.headcount, max: HEADCOUNT_MAX, min: 1, needed: true });
  chosen(e, 'businessScale', f.businessScale);
  checkPerson(e, f, 'legalRep');
  checkPerson(e, f, 'contact');
  chosen(e, 'ipDepartment', f.ipDepartment);
  checkNumber(e, 'ipManagers', f.text.ipManagers, { label: LABELS.ipManagers, max: IP_MANAGERS_MAX, needed: true });
  for (const key of ['ipSystemSince', 'ipStandardYear', 'highTechSince'] as const) checkYear(e, key, f.text[key], now);
  for (const k of HOLDING_KIND.values) {
    checkNumber(e, `holdings.${k}`, f.holdings[k], { label: HOLDING_KIND.labels[k], max: HOLDING_MAX });
  }
  if (f.needs.length === 0) e.needs = `${LABELS.needs}：请至少选择一项申请需求`;
  if (f.needs.includes('studio_other')) {
    const other = f.text.otherNeed.trim();
    if (other === '') e.otherNeed = `${LABELS.otherNeed}：选择“其他”时请说明需求`;
    else if (other.length > OTHER_NEED_MAX) e.otherNeed = `${LABELS.otherNeed}：最多 ${OTHER_NEED_MAX} 个字`;
  }
  if (!f.commitment) e.commitment = `${LABELS.commitment}：请阅读并勾选承诺`;
  return e;
}

/* ---------- to the contract ---------- */

const optionalNumber = (v: string) => (v.trim() === '' ? undefined : Number(v.trim()));

const personOf = (f: ApplyForm['text'], who: 'legalRep' | 'contact') => ({
  name: f[`${who}.name`].trim(),
  title: f[`${who}.title`].trim(),
  mobile: f[`${who}.mobile`].trim(),
});

/** Call only after `validateForm` found nothing. 其他说明 is sent only with 其他 ticked. */
export function formToInput(f: ApplyForm): StudioFormInput {
  const other = f.needs.includes('studio_other') ? f.text.otherNeed.trim() : '';
  return {
    town: f.text.town.trim(),
    registeredAddress: f.text.registeredAddress.trim(),
    listingStatus: f.listingStatus as ListingStatus,
    registeredCapital: Number(f.text.registeredCapital.trim()),
    headcount: Number(f.text.headcount.trim()),
    businessScale: f.businessScale as BusinessScale,
    legalRep: personOf(f.text, 'legalRep'),
    contact: personOf(f.text, 'contact'),
    ipDepartment: f.ipDepartment === 'yes',
    ipManagers: Number(f.text.ipManagers.trim()),
    ipSystemSince: optionalNumber(f.text.ipSystemSince),
    ipStandardYear: optionalNumber(f.text.ipStandardYear),
    demonstration: f.demonstration,
    advantage: f.advantage,
    highTechSince: optionalNumber(f.text.highTechSince),
    patentAwards: f.patentAwards,
    holdings: Object.fromEntries(
      HOLDING_KIND.values.map((k) => [k, f.holdings[k].trim() === '' ? 0 : Number(f.holdings[k].trim())]),
    ) as Record<HoldingKind, number>,
    needs: f.needs,
    ...(other ? { otherNeed: other } : {}),
    commitment: true,
  };
}

/**
 * The server names the form's fields under `form` ("form.legalRep.mobile"); the page keys them
 * as the form does ("legalRep.mobile"), so its messages land under the same rows as the page's own.
 */
export function withFormFields(e: unknown): unknown {
  if (!(e instanceof ServiceError) || e.code !== 'INVALID_INPUT') return e;
  const fields = Object.fromEntries(
    Object.entries(e.fields).map(([key, message]) => [key.startsWith('form.') ? key.slice(5) : key, message]),
  );
  return new ServiceError(e.code, e.message, fields);
}

/** A draft read back from the phone, made whole against the form's current shape. */
export function restoredForm(stored: unknown): ApplyForm | null {
  if (!stored || typeof stored !== 'object') return null;
  const s = stored as Partial<ApplyForm>;
  const empty = emptyForm();
  const list = <T>(v: unknown, fallback: T[]): T[] => (Array.isArray(v) ? (v as T[]) : fallback);
  return {
    ...empty,
    ...s,
    text: { ...empty.text, ...(s.text ?? {}) },
    holdings: { ...empty.holdings, ...(s.holdings ?? {}) },
    demonstration: list(s.demonstration, empty.demonstration),
    advantage: list(s.advantage, empty.advantage),
    patentAwards: list(s.patentAwards, empty.patentAwards),
    needs: list(s.needs, empty.needs),
    commitment: s.commitment === true,
  };
}
