/** Accounts, roles, invitations and company membership. */
import { z } from 'zod';
import { COMPANY_STATUS, DISTRICT, INVITABLE_ROLE, INVITATION_STATUS, ROLE } from '../enums';
import { CODE_MAX, CODE_MIN, DISPLAY_NAME_MAX, REVIEW_NOTE_MAX } from '../rules/account-limits';
import { isValidCreditCode } from '../rules/credit-code';
import { COMPANY_NAME_MAX, COMPANY_NAME_MIN, PERSON_NAME_MAX } from '../rules/ledger';
import { clientRequestId, epochMs, id, mobile, oneOf, pageInput, pageOf, text } from './common';

export const membershipView = z.object({
  id: z.string(),
  role: oneOf(ROLE.values, '角色'),
  stationId: z.string().optional(),
  stationName: z.string().optional(),
  companyId: z.string().optional(),
  companyName: z.string().optional(),
  companyStatus: oneOf(COMPANY_STATUS.values, '企业状态').optional(),
  /** A district admin's district (code and label). */
  district: oneOf(DISTRICT.values, '所在区').optional(),
  districtName: z.string().optional(),
});
export type MembershipView = z.infer<typeof membershipView>;

export const me = z.object({
  user: z.object({ id: z.string(), displayName: z.string() }),
  memberships: z.array(membershipView),
  actingId: z.string().nullable(),
});
export type Me = z.infer<typeof me>;

export const invitation = z.object({
  code: z.string(),
  stationId: z.string(),
  role: oneOf(INVITABLE_ROLE.values, '角色'),
  /** A district admin's code: the district it grants. */
  district: oneOf(DISTRICT.values, '所在区').optional(),
  status: oneOf(INVITATION_STATUS.values, '状态'),
  expiresAt: epochMs('有效期至'),
  createdAt: epochMs('创建时间'),
  createdByName: z.string(),
  usedByName: z.string().optional(),
  usedAt: epochMs('使用时间').optional(),
});
export type Invitation = z.infer<typeof invitation>;

export const creditCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isValidCreditCode, { message: '应为18位，且校验位正确' })
  .describe('统一社会信用代码');

export const company = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string(),
  district: oneOf(DISTRICT.values, '所在区'),
  stationId: z.string(),
  stationName: z.string().optional(),
  contactName: z.string(),
  contactMobile: z.string(),
  status: oneOf(COMPANY_STATUS.values, '状态'),
  /** Shown only to the company's own staff and its station, so colleagues can join. */
  joinCode: z.string().optional(),
  reviewNote: z.string().optional(),
  createdAt: epochMs('创建时间'),
});
export type Company = z.infer<typeof company>;

/** One message in the in-app inbox (消息). */
export const notice = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** The page the notice opens, if any. */
  link: z.string().optional(),
  read: z.boolean(),
  createdAt: epochMs('时间'),
});
export type InboxNotice = z.infer<typeof notice>;

export const account = {
  me: { input: z.object({}), output: me },
  switchActing: {
    input: z.object({ membershipId: id('身份') }),
    output: me,
  },
  updateProfile: {
    input: z.object({ displayName: text('姓名', DISPLAY_NAME_MAX) }),
    output: me,
  },
  createInvitation: {
    input: z.object({
      clientRequestId,
      stationId: id('站点'),
      role: oneOf(INVITABLE_ROLE.values, '角色'),
      validDays: z.number().int().min(1).max(30).default(7).describe('有效天数'),
    }),
    output: invitation,
  },
  listInvitations: {
    input: z.object({ stationId: id('站点'), ...pageInput }),
    output: pageOf(invitation),
  },
  revokeInvitation: {
    input: z.object({ code: text('邀请码', CODE_MAX) }),
    output: invitation,
  },
  redeemInvitation: {
    input: z.object({ code: z.string().trim().toUpperCase().min(CODE_MIN).max(CODE_MAX).describe('邀请码') }),
    output: me,
  },
  createCompany: {
    input: z.object({
      clientRequestId,
      name: text('企业名称', COMPANY_NAME_MAX, COMPANY_NAME_MIN),
      creditCode,
      district: oneOf(DISTRICT.values, '所在区'),
      stationId: id('服务站点'),
      contactName: text('联系人', PERSON_NAME_MAX),
      contactMobile: mobile('联系人手机'),
    }),
    output: company,
  },
  joinCompany: {
    input: z.object({
      joinCode: z.string().trim().toUpperCase().min(CODE_MIN).max(CODE_MAX).describe('企业加入码'),
    }),
    output: me,
  },
  getCompany: {
    input: z.object({ companyId: id('企业') }),
    output: company,
  },
  listCompanies: {
    input: z.object({
      stationId: id('站点'),
      status: oneOf(COMPANY_STATUS.values, '状态').optional(),
      ...pageInput,
    }),
    output: pageOf(company),
  },
  reviewCompany: {
    input: z.object({
      companyId: id('企业'),
      decision: z.enum(['confirm', 'reject']).describe('审核结果'),
      note: z.string().trim().max(REVIEW_NOTE_MAX).optional().describe('审核意见'),
    }),
    output: company,
  },
  /** My inbox, newest first; `unread` counts all my unread notices (the badge on 我的). */
  listNotices: {
    input: z.object({ unreadOnly: z.boolean().default(false).describe('只看未读'), ...pageInput }),
    output: pageOf(notice).extend({ unread: z.number().int() }),
  },
  /** Marks some of my notices (ids) or all of them (all: true) read; others' ids are ignored. */
  markNoticesRead: {
    input: z
      .object({
        ids: z.array(id('消息')).min(1).max(100).optional().describe('消息'),
        all: z.literal(true).optional().describe('全部已读'),
      })
      .refine((v) => (v.ids ? 1 : 0) + (v.all ? 1 : 0) === 1, {
        message: '请指定要标记的消息，或选择全部已读',
        path: ['ids'],
      }),
    output: z.object({ updated: z.number().int(), unread: z.number().int() }),
  },
} as const;
