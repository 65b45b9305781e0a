/**
 * The mobile studio (企业知识产权保护流动工作室, seed 001): a company applies with the appendix A form,
 * three levels approve in turn (001 §6.2: the town branch, the city bureau's IP section, the city
 * bureau) — each approves with an opinion, returns it for correction (the applicant edits and
 * resubmits to the same stage) or rejects it — within each stage's time limit; final approval
 * numbers the studio and founds it as a service point of the network, once its staffing meets
 * 001 §6.4. The application prints as appendix A with the opinions.
 */
import { z } from 'zod';
import {
  BUSINESS_SCALE,
  HONOR_LEVEL,
  LISTING_STATUS,
  STUDIO_DECISION,
  STUDIO_NEED,
  STUDIO_PARTY,
  STUDIO_STAGE,
  STUDIO_STATUS,
  DISTRICT,
} from '../enums';
import {
  ADDRESS_MAX,
  CAPITAL_MAX,
  HEADCOUNT_MAX,
  IP_MANAGERS_MAX,
  PERSON_NAME_MAX,
  PERSON_TITLE_MAX,
  YEAR_MIN,
} from '../rules/ledger';
import { OPINION_MAX, OTHER_NEED_MAX, STAFF_MAX, STAGE_DAYS_MAX, TOWN_MAX } from '../rules/studio';
import { creditCode } from './account';
import { holdings, holdingsInput } from './enterprise';
import { clientRequestId, exported, id, mobile, oneOf, pageInput, pageOf, text } from './common';

const applicationId = id('申请');

const person = (who: string) =>
  z
    .object({
      name: text(`${who}姓名`, PERSON_NAME_MAX),
      title: text(`${who}职务职称`, PERSON_TITLE_MAX),
      mobile: mobile(`${who}手机`),
    })
    .describe(who);

const year = (label: string) =>
  z
    .number()
    .int()
    .min(YEAR_MIN, { message: `应为 ${YEAR_MIN} 年以后的年份` })
    .max(2100)
    .describe(label);

const levels = (label: string) =>
  z
    .array(oneOf(HONOR_LEVEL.values, label))
    .max(HONOR_LEVEL.values.length)
    .refine((v) => new Set(v).size === v.length, { message: '不能重复选择' })
    .default([])
    .describe(label);

/** Appendix A, table A.1: what the company fills in. */
export const studioFormFields = z.object({
  /** 统一社会信用代码 as the application states it (absent: the ledger's), checked as the ledger checks it. */
  creditCode: creditCode.optional(),
  /** 镇街: the town (street) the company is registered in, named on the application. */
  town: text('所在镇街', TOWN_MAX),
  registeredAddress: text('注册地址', ADDRESS_MAX),
  listingStatus: oneOf(LISTING_STATUS.values, '上市情况'),
  registeredCapital: z.number().min(0, { message: '不能为负数' }).max(CAPITAL_MAX).describe('注册资本（万元）'),
  headcount: z.number().int().min(1, { message: '至少1人' }).max(HEADCOUNT_MAX).describe('企业人数'),
  businessScale: oneOf(BUSINESS_SCALE.values, '经营规模'),
  legalRep: person('负责人'),
  contact: person('联系人'),
  ipDepartment: z.boolean().describe('设有知识产权部门'),
  ipManagers: z.number().int().min(0, { message: '不能为负数' }).max(IP_MANAGERS_MAX).describe('知识产权管理人员数量'),
  ipSystemSince: year('知识产权管理制度建立年份').optional(),
  ipStandardYear: year('知识产权管理规范认证年份').optional(),
  demonstration: levels('知识产权示范企业'),
  advantage: levels('知识产权优势企业'),
  highTechSince: year('高新技术企业认定年份').optional(),
  patentAwards: levels('专利奖'),
  holdings: holdingsInput,
  needs: z
    .array(oneOf(STUDIO_NEED.values, '申请需求'))
    .min(1, { message: '请至少选择一项申请需求' })
    .max(STUDIO_NEED.values.length)
    .refine((v) => new Set(v).size === v.length, { message: '不能重复选择' })
    .describe('申请需求'),
  otherNeed: z.string().trim().max(OTHER_NEED_MAX).optional().describe('其他需求说明'),
  /** The applicant's commitment that what is filled in is true (the form's signature). */
  commitment: z.literal(true, { message: '请阅读并勾选承诺' }).describe('承诺'),
});

export const studioForm = studioFormFields.superRefine((f, ctx) => {
  if (f.needs.includes('studio_other') && !f.otherNeed) {
    ctx.addIssue({ code: 'custom', path: ['otherNeed'], message: '选择“其他”时请说明需求' });
  }
});
export type StudioForm = z.infer<typeof studioForm>;

const staffMember = z.object({
  party: oneOf(STUDIO_PARTY.values, '所属单位'),
  name: text('姓名', PERSON_NAME_MAX),
  title: text('职务', PERSON_TITLE_MAX),
  mobile: mobile('手机'),
  fullTime: z.boolean().describe('专职'),
});

const stageLimits = z.object(
  Object.fromEntries(
    STUDIO_STAGE.values.map((s) => [
      s,
      z.number().int().min(1).max(STAGE_DAYS_MAX).describe(`${STUDIO_STAGE.labels[s]}审批时限（天）`),
    ]),
  ) as Record<(typeof STUDIO_STAGE.values)[number], z.ZodNumber>,
);

export const studioStep = z.object({
  stage: oneOf(STUDIO_STAGE.values, '审批环节'),
  /** 'submit' / 'resubmit': the applicant's; the others an approver's decision. */
  kind: z.enum(['submit', 'resubmit', 'approve', 'return', 'reject']),
  opinion: z.string(),
  byName: z.string(),
  at: z.number(),
});
export type StudioStep = z.infer<typeof studioStep>;

export const studioApplicationSummary = z.object({
  id: z.string(),
  companyId: z.string(),
  companyName: z.string(),
  district: oneOf(DISTRICT.values, '所在区'),
  town: z.string(),
  status: oneOf(STUDIO_STATUS.values, '状态'),
  stage: oneOf(STUDIO_STAGE.values, '审批环节'),
  /** When the current stage's time runs out (reviewing only). */
  dueAt: z.number().optional(),
  overdue: z.boolean(),
  number: z.string().optional(),
  submittedAt: z.number(),
  updatedAt: z.number(),
});
export type StudioApplicationSummary = z.infer<typeof studioApplicationSummary>;

export const studioApplication = studioApplicationSummary.extend({
  creditCode: z.string(),
  form: studioFormFields.omit({ holdings: true }).extend({ holdings }),
  history: z.array(studioStep),
  staff: z.array(staffMember),
  /** The parts of 001 §6.4 the staff do not meet yet (empty: met). */
  staffingGaps: z.array(z.string()),
  /** The studio's service point once approved. */
  studioStationId: z.string().optional(),
  /** What the caller may do now. */
  canDecide: z.boolean(),
  canResubmit: z.boolean(),
  canEditStaff: z.boolean(),
  /** Compared by resubmit and decide: a change made meanwhile is reported, not overwritten. */
  version: z.number().int(),
});
export type StudioApplication = z.infer<typeof studioApplication>;

const decideInput = z.object({
  applicationId,
  /** The version the approver read: a decision taken meanwhile by another approver wins. */
  version: z.number().int().min(0),
  decision: oneOf(STUDIO_DECISION.values, '审批意见'),
  opinion: text('审批意见', OPINION_MAX, 2),
});

export const studio = {
  /** The form prefilled from the company's ledger entry (profile and holdings), for a new application. */
  prefillApplication: {
    input: z.object({ companyId: id('企业') }),
    output: studioFormFields.partial().extend({ companyName: z.string(), creditCode: z.string() }),
  },
  /** The company applies (one open application per company); it goes to its district's town branch. */
  submitApplication: {
    input: z.object({ clientRequestId, companyId: id('企业'), form: studioForm }),
    output: studioApplication,
  },
  /** The applicant corrects a returned application and sends it back to the stage that returned it. */
  resubmitApplication: {
    input: z.object({ applicationId, version: z.number().int().min(0), form: studioForm }),
    output: studioApplication,
  },
  /** Applications in the caller's reach: a company its own, a town branch its district's, the city's all. */
  listApplications: {
    input: z.object({
      status: oneOf(STUDIO_STATUS.values, '状态').optional(),
      stage: oneOf(STUDIO_STAGE.values, '审批环节').optional(),
      ...pageInput,
    }),
    output: pageOf(studioApplicationSummary),
  },
  getApplication: { input: z.object({ applicationId }), output: studioApplication },
  /** The town branch decides (its own district's applications only). */
  decideAtBranch: { input: decideInput, output: studioApplication },
  /** The city bureau's IP section decides. */
  decideAtSection: { input: decideInput, output: studioApplication },
  /** The city bureau decides; approving numbers and founds the studio, once its staffing is met. */
  decideAtBureau: { input: decideInput, output: studioApplication },
  /** Records the studio's staff (the applicant and any approver of the chain). */
  saveStaff: {
    input: z.object({
      applicationId,
      staff: z.array(staffMember).max(STAFF_MAX, `最多${STAFF_MAX}人`),
    }),
    output: studioApplication,
  },
  /** The application as a PDF laid out like appendix A, with the opinions. */
  applicationPdf: { input: z.object({ applicationId }), output: exported },
  getStageLimits: { input: z.object({}), output: stageLimits },
  setStageLimits: { input: stageLimits, output: stageLimits },
  /** A studio's year: services by kind (its requests), satisfaction, improvements. */
  studioSummary: {
    input: z.object({ stationId: id('流动工作室'), year: z.number().int().min(2000).max(2100).describe('年度') }),
    output: z.object({
      stationId: z.string(),
      name: z.string(),
      number: z.string(),
      year: z.number(),
      services: z.array(
        z.object({ need: oneOf(STUDIO_NEED.values, '服务类别'), count: z.number().int(), closed: z.number().int() }),
      ),
      /** Visits and consultations the studio's service point recorded in the year (the visit and archive records). */
      visits: z.number().int(),
      consultations: z.number().int(),
      ratings: z.object({ count: z.number().int(), average: z.number().nullable() }),
      improvements: z.object({ total: z.number().int(), done: z.number().int() }),
    }),
  },
} as const;
