/**
 * The volunteer expert roster (专家库, 004 §8.1–8.5): an expert keeps their own profile and
 * accepts the conduct commitment; an admin files (备案) or returns it and may remove (除名) an
 * expert; the expert may mark a period away or leave (退出). The chief of a station and the admin
 * search the roster with each expert's workload and on-time rate (from the request assignments).
 *
 * Two shapes of a profile: `myProfile` is what the expert sees of their own; `expertDetail` is the
 * roster's view of one expert with the steps the caller may take on it (the page offers only those).
 */
import { z } from 'zod';
import { EXPERT_STATUS, INDUSTRY, QUALIFICATION_KIND, SERVICE_CATEGORY } from '../enums';
import { EXPERT_LIMITS as L } from '../rules/expert-roster';
import { date, epochMs, exported, id, mobile, oneOf, optionalText, pageInput, pageOf, text } from './common';

const expertId = id('专家');
const status = oneOf(EXPERT_STATUS.values, '备案状态');
const speciality = oneOf(SERVICE_CATEGORY.values, '擅长领域');
const industry = oneOf(INDUSTRY.values, '熟悉行业');

const distinct = <T>(values: T[]) => new Set(values).size === values.length;

const qualification = z.object({
  kind: oneOf(QUALIFICATION_KIND.values, '资格类型'),
  number: text('证书编号', L.qualificationNumber),
  name: optionalText('资格名称', L.qualificationName),
});

const reason = (label: string) => text(label, L.reasonMax, L.reasonMin);

/** What the expert fills in (专家资料). */
export const profileFields = {
  name: text('姓名', L.name),
  organisation: text('所在单位', L.organisation),
  title: text('职务/职称', L.title),
  specialities: z
    .array(speciality)
    .min(1)
    .max(SERVICE_CATEGORY.values.length)
    .refine(distinct, { message: '不能重复' })
    .describe('擅长领域'),
  industries: z
    .array(industry)
    .max(INDUSTRY.values.length)
    .refine(distinct, { message: '不能重复' })
    .default([])
    .describe('熟悉行业'),
  qualifications: z
    .array(qualification)
    .max(L.qualifications, { message: `最多 ${L.qualifications} 项` })
    .default([])
    .describe('执业资格'),
  yearsOfPractice: z.number().int().min(0).max(L.yearsOfPractice).describe('从业年限'),
  stationIds: z
    .array(id('服务站点'))
    .min(1, { message: '请至少选择 1 个服务站点' })
    .max(L.stations)
    .refine(distinct, { message: '不能重复' })
    .describe('服务站点'),
  mobile: mobile('手机号'),
  email: z
    .string()
    .trim()
    .max(L.email)
    .regex(/^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: '邮箱格式不正确' })
    .optional()
    .describe('邮箱'),
};

const stationRef = z.object({ id: z.string(), name: z.string() });

const profileView = {
  expertId: z.string(),
  name: z.string(),
  organisation: z.string(),
  title: z.string(),
  specialities: z.array(speciality),
  industries: z.array(industry),
  qualifications: z.array(qualification),
  yearsOfPractice: z.number().int(),
  stations: z.array(stationRef),
  mobile: z.string(),
  email: z.string().optional(),
  status,
  commitmentAcceptedAt: epochMs('承诺时间').optional(),
  returnReason: z.string().optional(),
  filedAt: epochMs('备案时间').optional(),
  unavailableFrom: z.string().optional(),
  unavailableUntil: z.string().optional(),
  /** Away today (Shanghai): until when. */
  awayUntil: z.string().optional(),
  leftReason: z.string().optional(),
  leftAt: epochMs('退出时间').optional(),
  updatedAt: epochMs('更新时间'),
};

export const myProfile = z.object(profileView);
export type MyExpertProfile = z.infer<typeof myProfile>;

/** Workload and on-time rate, from the request assignments (AssignmentDoc). */
const statsFields = {
  /** Assignments open or accepted and not yet reported. */
  openCount: z.number().int(),
  /** Assignments answered (accepted or declined). */
  answeredCount: z.number().int(),
  answeredOnTime: z.number().int(),
  /** answeredOnTime / answeredCount in whole percent; absent before the first answer. */
  onTimePercent: z.number().int().optional(),
};

export const expertRow = z.object({
  expertId: z.string(),
  name: z.string(),
  organisation: z.string(),
  title: z.string(),
  specialities: z.array(speciality),
  industries: z.array(industry),
  stations: z.array(stationRef),
  status,
  awayUntil: z.string().optional(),
  ...statsFields,
});
export type ExpertRow = z.infer<typeof expertRow>;

export const expertDetail = z.object({
  ...profileView,
  ...statsFields,
  filedByName: z.string().optional(),
  /** The roster steps the caller may take now (the page shows only these). */
  steps: z.array(oneOf(['file', 'return', 'remove'] as const, '操作')),
});
export type ExpertDetail = z.infer<typeof expertDetail>;

const rosterStep = <T extends z.ZodRawShape>(extra: T) => ({
  input: z.object({ expertId, ...extra }),
  output: expertDetail,
});

/** The roster's filters: the list's and its export's. */
const rosterFilters = {
  speciality: speciality.optional(),
  industry: industry.optional(),
  stationId: id('服务站点').optional(),
  status: status.optional(),
  /** Only experts not away today. */
  available: z.boolean().optional(),
  keyword: optionalText('关键词', 30),
};

export const expert = {
  getMyProfile: { input: z.object({}), output: myProfile.nullable() },
  /** Saves and submits (待备案) the profile; the conduct commitment must be accepted each time. */
  saveMyProfile: {
    input: z.object({
      ...profileFields,
      acceptCommitment: z.literal(true, { message: '请阅读并勾选专家行为承诺' }).describe('行为承诺'),
    }),
    output: myProfile,
  },
  /** 暂停接单 from … until (Shanghai dates, inclusive); both absent: available again. */
  setUnavailable: {
    input: z
      .object({ from: date('暂停开始日期').optional(), until: date('暂停结束日期').optional() })
      .refine((v) => !!v.from === !!v.until, { message: '请同时选择开始和结束日期', path: ['until'] })
      .refine((v) => !v.from || !v.until || v.from <= v.until, {
        message: '不能早于开始日期',
        path: ['until'],
      }),
    output: myProfile,
  },
  /** 退出 (§8.5): the expert leaves; their expert access ends at once. */
  leaveRoster: { input: z.object({ reason: reason('退出原因') }), output: z.object({ done: z.literal(true) }) },
  listExperts: {
    input: z.object({ ...rosterFilters, ...pageInput }),
    output: pageOf(expertRow),
  },
  /** The roster as filtered, every expert of it, as an Excel workbook: a chief the station's, an admin any. */
  exportExperts: { input: z.object(rosterFilters), output: exported },
  getExpert: { input: z.object({ expertId }), output: expertDetail },
  fileExpert: rosterStep({}),
  returnExpert: rosterStep({ reason: reason('退回原因') }),
  removeExpert: rosterStep({ reason: reason('除名原因') }),
};
