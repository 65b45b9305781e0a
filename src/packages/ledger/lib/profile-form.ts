/**
 * The appendix A form (企业档案): its values while editing (text as typed, choices, ticked lists),
 * the checks the page makes before sending — worded like the server's INVALID_INPUT messages
 * ("联系人手机：格式不正确") and keyed by the same field paths ("contact.mobile",
 * "holdings.invention"), so a message from either lands under the same field — and the
 * conversion to the contract.
 */
import type { CompanyProfileView, InputOf } from '@core/contract';
import {
  HOLDING_KIND,
  type BusinessScale,
  type District,
  type HoldingKind,
  type HonorLevel,
  type Industry,
  type KeyFlag,
  type ListingStatus,
} from '@core/enums';
import { CREDIT_CODE_LENGTH, isValidCreditCode } from '@core/rules/credit-code';
import { HOLDING_MAX } from '@core/rules/holdings';
import {
  ADDRESS_MAX,
  CAPITAL_MAX,
  COMPANY_NAME_MAX,
  COMPANY_NAME_MIN,
  HEADCOUNT_MAX,
  IP_MANAGERS_MAX,
  PERSON_NAME_MAX,
  PERSON_TITLE_MAX,
  YEAR_MIN,
  shanghaiYear,
} from '@core/rules/ledger';
import { MOBILE_PATTERN } from '@core/rules/patterns';
import type { FieldErrors } from '@/lib/field-errors';

/** Labels as the contract names the fields (so both sides' messages read the same). */
export const LABELS = {
  name: '企业名称',
  creditCode: '统一社会信用代码',
  district: '所在区',
  industry: '所属行业',
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
  keyFlags: '重点企业标记',
} as const;

/** Fields typed as text (numbers too, converted on sending). */
export type TextKey =
  | 'name'
  | 'creditCode'
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
  | 'highTechSince';

export interface ProfileForm {
  text: Record<TextKey, string>;
  district: District | '';
  industry: Industry | '';
  listingStatus: ListingStatus | '';
  businessScale: BusinessScale | '';
  ipDepartment: 'yes' | 'no' | '';
  demonstration: HonorLevel[];
  advantage: HonorLevel[];
  patentAwards: HonorLevel[];
  keyFlags: KeyFlag[];
  /** Counts as typed; empty means 0. */
  holdings: Record<HoldingKind, string>;
}

const num = (n: number | undefined) => (n === undefined ? '' : String(n));

export function profileToForm(c: CompanyProfileView): ProfileForm {
  const p = c.profile;
  return {
    text: {
      name: c.name,
      creditCode: c.creditCode,
      registeredAddress: p.registeredAddress ?? '',
      registeredCapital: num(p.registeredCapital),
      headcount: num(p.headcount),
      'legalRep.name': p.legalRep?.name ?? '',
      'legalRep.title': p.legalRep?.title ?? '',
      'legalRep.mobile': p.legalRep?.mobile ?? '',
      'contact.name': p.contact?.name ?? '',
      'contact.title': p.contact?.title ?? '',
      'contact.mobile': p.contact?.mobile ?? '',
      ipManagers: num(p.ipManagers),
      ipSystemSince: num(p.ipSystemSince),
      ipStandardYear: num(p.ipStandardYear),
      highTechSince: num(p.highTechSince),
    },
    district: c.district,
    industry: c.industry ?? '',
    listingStatus: p.listingStatus ?? '',
    businessScale: p.businessScale ?? '',
    ipDepartment: p.ipDepartment === undefined ? '' : p.ipDepartment ? 'yes' : 'no',
    demonstration: p.demonstration,
    advantage: p.advantage,
    patentAwards: p.patentAwards,
    keyFlags: c.keyFlags,
    holdings: Object.fromEntries(HOLDING_KIND.values.map((k) => [k, String(c.holdings[k])])) as Record<
      HoldingKind,
      string
    >,
  };
}

/* ---------- checks ---------- */

function checkText(e: FieldErrors, key: TextKey, value: string, max: number, min = 0): void {
  const v = value.trim();
  const label = LABELS[key];
  if (min > 0 && v.length === 0) e[key] = `${label}：不能为空`;
  else if (v.length < min) e[key] = `${label}：至少 ${min} 个字`;
  else if (v.length > max) e[key] = `${label}：最多 ${max} 个字`;
}

const WHOLE = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;

function checkNumber(e: FieldErrors, key: string, label: string, value: string, max: number, whole = true): void {
  const v = value.trim();
  if (v === '') return;
  if (v.startsWith('-')) e[key] = `${label}：不能为负数`;
  else if (!(whole ? WHOLE : DECIMAL).test(v)) e[key] = `${label}：${whole ? '请填写整数' : '请填写数字'}`;
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

function checkMobile(e: FieldErrors, key: TextKey, value: string): void {
  const v = value.trim();
  if (v !== '' && !MOBILE_PATTERN.test(v)) e[key] = `${LABELS[key]}：格式不正确`;
}

/**
 * The fields a ledger entry and the profile share: name, credit code (when the form lets it be
 * typed: company staff only see it), district, contact.
 */
export function checkIdentity(
  e: FieldErrors,
  f: { text: Pick<ProfileForm['text'], 'name' | 'creditCode' | 'contact.name' | 'contact.title' | 'contact.mobile'> },
  district: string,
  withCreditCode = true,
): void {
  checkText(e, 'name', f.text.name, COMPANY_NAME_MAX, COMPANY_NAME_MIN);
  const code = f.text.creditCode.trim().toUpperCase();
  if (withCreditCode && code === '') e.creditCode = `${LABELS.creditCode}：不能为空`;
  else if (withCreditCode && !isValidCreditCode(code))
    e.creditCode = `${LABELS.creditCode}：应为${CREDIT_CODE_LENGTH}位，且校验位正确`;
  if (!district) e.district = `${LABELS.district}：请选择`;
  checkText(e, 'contact.name', f.text['contact.name'], PERSON_NAME_MAX);
  checkText(e, 'contact.title', f.text['contact.title'], PERSON_TITLE_MAX);
  checkMobile(e, 'contact.mobile', f.text['contact.mobile']);
}

export function validateProfile(f: ProfileForm, now: number, stationFields: boolean): FieldErrors {
  const e: FieldErrors = {};
  checkIdentity(e, f, f.district, stationFields);
  checkText(e, 'registeredAddress', f.text.registeredAddress, ADDRESS_MAX);
  checkNumber(e, 'registeredCapital', LABELS.registeredCapital, f.text.registeredCapital, CAPITAL_MAX, false);
  checkNumber(e, 'headcount', LABELS.headcount, f.text.headcount, HEADCOUNT_MAX);
  checkText(e, 'legalRep.name', f.text['legalRep.name'], PERSON_NAME_MAX);
  checkText(e, 'legalRep.title', f.text['legalRep.title'], PERSON_TITLE_MAX);
  checkMobile(e, 'legalRep.mobile', f.text['legalRep.mobile']);
  checkNumber(e, 'ipManagers', LABELS.ipManagers, f.text.ipManagers, IP_MANAGERS_MAX);
  for (const key of ['ipSystemSince', 'ipStandardYear', 'highTechSince'] as const) checkYear(e, key, f.text[key], now);
  for (const k of HOLDING_KIND.values) {
    checkNumber(e, `holdings.${k}`, HOLDING_KIND.labels[k], f.holdings[k], HOLDING_MAX);
  }
  return e;
}

/* ---------- to the contract ---------- */

const optional = (v: string) => (v.trim() === '' ? undefined : v.trim());
const optionalNumber = (v: string) => (v.trim() === '' ? undefined : Number(v.trim()));

/** 负责人 / 联系人: left out when nothing was filled; an empty mobile is not sent. */
function personOf(f: ProfileForm['text'], who: 'legalRep' | 'contact') {
  const name = optional(f[`${who}.name`]);
  const title = optional(f[`${who}.title`]);
  const mobile = optional(f[`${who}.mobile`]);
  if (!name && !title && !mobile) return undefined;
  return { name, title, mobile };
}

export type ProfileInput = Omit<InputOf<'enterprise', 'updateProfile'>, 'clientRequestId' | 'companyId'>;

/**
 * Call only after `validateProfile` found nothing. The station's fields (credit code, key flags)
 * are sent only by those who may change them; company staff leave them as they are.
 */
export function formToProfile(f: ProfileForm, stationFields: boolean): ProfileInput {
  return {
    name: f.text.name.trim(),
    district: f.district as District,
    industry: f.industry || undefined,
    registeredAddress: optional(f.text.registeredAddress),
    listingStatus: f.listingStatus || undefined,
    registeredCapital: optionalNumber(f.text.registeredCapital),
    headcount: optionalNumber(f.text.headcount),
    businessScale: f.businessScale || undefined,
    legalRep: personOf(f.text, 'legalRep'),
    contact: personOf(f.text, 'contact'),
    ipDepartment: f.ipDepartment === '' ? undefined : f.ipDepartment === 'yes',
    ipManagers: optionalNumber(f.text.ipManagers),
    ipSystemSince: optionalNumber(f.text.ipSystemSince),
    ipStandardYear: optionalNumber(f.text.ipStandardYear),
    demonstration: f.demonstration,
    advantage: f.advantage,
    highTechSince: optionalNumber(f.text.highTechSince),
    patentAwards: f.patentAwards,
    holdings: Object.fromEntries(
      HOLDING_KIND.values.map((k) => [k, f.holdings[k].trim() === '' ? 0 : Number(f.holdings[k].trim())]),
    ) as Record<HoldingKind, number>,
    ...(stationFields ? { creditCode: f.text.creditCode.trim().toUpperCase(), keyFlags: f.keyFlags } : {}),
  };
}
