/**
 * Who is told about a referral, in their inbox: a new one the receiving station's chiefs and
 * liaisons (asked to receive it); each step the referring station — whoever referred it and its
 * chiefs — so the station that found the clue can tell the company how it is going. Whoever acted
 * is never told of their own step.
 */
import { ROUTES } from '../../core/pages';
import type { Caller, Notice, Store } from '../../core/ports';
import { REFERRAL_TRANSITIONS, type ReferralStep } from '../../core/rules/referral-flow';
import type { ClueReferralDoc, MembershipDoc } from '../../core/store/docs';
import { excerpt } from '../_shared/ratings';
import { stationChiefIds } from '../_shared/people';

export const referralLink = (referralId: string) => ROUTES.referral(referralId);

/** A station has a handful of liaisons: a bounded read served by memberships (stationId, role). */
const MAX_LIAISONS = 50;

async function stationDeskIds(store: Store, stationId: string): Promise<string[]> {
  const liaisons = await store.find<MembershipDoc>('memberships', {
    where: { stationId, role: 'liaison', status: 'active' },
    limit: MAX_LIAISONS,
  });
  return [...new Set([...(await stationChiefIds(store, stationId)), ...liaisons.map((m) => m.userId)])];
}

const to = (userIds: string[], except: string, notice: Omit<Notice, 'userId'>): Notice[] =>
  [...new Set(userIds)].filter((id) => id !== except).map((userId) => ({ userId, ...notice }));

/** A new clue at the receiving station (none for an outside agency: nobody there uses the product). */
export async function referredNotices(store: Store, r: ClueReferralDoc, actor: Caller): Promise<Notice[]> {
  if (!r.toStationId) return [];
  return to(await stationDeskIds(store, r.toStationId), actor.userId, {
    kind: 'referral.referred',
    title: '收到维权线索移交',
    body: `${r.fromStationName}移交了一条维权线索：${excerpt(r.summary, 40)}。请及时接收处理`,
    link: referralLink(r._id),
    facts: { from: r.fromStationName, summary: excerpt(r.summary, 20) },
  });
}

function stepText(r: ClueReferralDoc, step: ReferralStep): { title: string; body: string } {
  const what = `移交至${r.targetName}的维权线索`;
  switch (step) {
    case 'receive':
      return { title: '线索已接收', body: `${what}已被接收：${excerpt(r.summary, 30)}` };
    case 'start':
      return { title: '线索处理中', body: `${what}已开始处理：${excerpt(r.summary, 30)}` };
    case 'close':
      return { title: '线索已办结', body: `${what}已办结，办理结果：${excerpt(r.result ?? '', 60)}` };
  }
}

/** After a step: whoever referred it and the referring station's chiefs. */
export async function stepNotices(
  store: Store,
  r: ClueReferralDoc,
  step: ReferralStep,
  actor: Caller,
): Promise<Notice[]> {
  const chiefs = await stationChiefIds(store, r.fromStationId);
  return to([r.createdBy, ...chiefs], actor.userId, {
    kind: `referral.${REFERRAL_TRANSITIONS[step].event}`,
    link: referralLink(r._id),
    ...stepText(r, step),
  });
}
