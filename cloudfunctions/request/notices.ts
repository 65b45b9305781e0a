/**
 * What people are told about a request, in their inbox: the station's queue of a new one, the
 * company's staff of each step the station takes, the station of a company's withdrawal, the
 * chiefs of a low rating. Whoever acted is never told of their own step.
 */
import { ASSIGNEE_KIND, REQUEST_URGENCY, SERVICE_CATEGORY } from '../../core/enums';
import { ROUTES } from '../../core/pages';
import type { Caller, Notice, Store } from '../../core/ports';
import { REQUEST_TRANSITIONS, type RequestStep } from '../../core/rules/request-flow';
import { formatShanghai } from '../../core/rules/time';
import type { RequestRatingDoc, ServiceRequestDoc } from '../../core/store/docs';
import { excerpt } from '../_shared/ratings';
import { readsAsCompany } from './access';
import { stationChiefIds } from '../_shared/people';
import { companyStaffIds, queueWatcherIds } from './people';

/** The request's page (需求详情), where a notice about it opens. */
export const requestLink = (requestId: string) => ROUTES.request(requestId);

const categoryOf = (r: ServiceRequestDoc) => SERVICE_CATEGORY.labels[r.category];

const to = (userIds: string[], except: string, notice: Omit<Notice, 'userId'>): Notice[] =>
  userIds.filter((id) => id !== except).map((userId) => ({ userId, ...notice }));

/** A new request in the station's queue: its liaisons (or chiefs) are asked to accept it. */
export async function submittedNotices(store: Store, r: ServiceRequestDoc, actor: Caller): Promise<Notice[]> {
  return to(await queueWatcherIds(store, r.stationId), actor.userId, {
    kind: 'request.submitted',
    title: '新的服务需求',
    body: `${r.companyName}提交了「${categoryOf(r)}」需求（${REQUEST_URGENCY.labels[r.urgency]}）：${excerpt(
      r.description,
      40,
    )}。请及时受理`,
    link: requestLink(r._id),
    facts: { company: r.companyName, category: categoryOf(r), urgency: REQUEST_URGENCY.labels[r.urgency] },
  });
}

/** What the company reads when the station takes a step. */
function stationStepText(r: ServiceRequestDoc, step: RequestStep): { title: string; body: string } {
  const what = `「${categoryOf(r)}」需求`;
  switch (step) {
    case 'accept':
      return { title: '服务需求已受理', body: `${r.stationName}已受理贵企业的${what}，办理人：${r.handlerName ?? ''}` };
    case 'start':
      return { title: '服务需求办理中', body: `${r.stationName}已开始办理贵企业的${what}` };
    case 'close':
      return {
        title: '服务需求已办结',
        body: `贵企业的${what}已办结：${excerpt(r.result ?? '')}。欢迎对本次服务进行评价`,
      };
    case 'cancel':
      return {
        title: '服务需求已撤回',
        body: `${r.stationName}撤回了贵企业的${what}${r.cancelReason ? `，原因：${r.cancelReason}` : ''}。如有疑问请联系工作站`,
      };
    case 'assign':
      return { title: '服务需求已指派', body: `${r.stationName}已将贵企业的${what}指派给${r.assigneeName ?? ''}办理` };
    case 'refer':
      return {
        title: '服务需求已转介',
        body: `${r.stationName}已将贵企业的${what}转介至${r.agency?.name ?? '专业服务机构'}办理`,
      };
    case 'acceptAssignment':
      return { title: '服务需求办理中', body: `${r.assigneeName ?? r.stationName}已开始办理贵企业的${what}` };
    case 'declineAssignment':
      return { title: '服务需求重新安排中', body: `${r.stationName}正在为贵企业的${what}重新安排办理人` };
    case 'report':
      return {
        title: '服务报告已出具',
        body: `贵企业的${what}已办结并出具服务报告：${excerpt(r.result ?? '')}。请查看报告并对本次服务进行评价`,
      };
  }
}

/**
 * After a step: the station's steps are told to the company's staff; a company's withdrawal to
 * the station (the handler, or the queue's watchers while nobody has accepted it) and to the
 * colleagues of whoever withdrew it.
 */
export async function stepNotices(
  store: Store,
  r: ServiceRequestDoc,
  step: RequestStep,
  actor: Caller,
): Promise<Notice[]> {
  const kind = `request.${REQUEST_TRANSITIONS[step].event}`;
  const link = requestLink(r._id);
  if (readsAsCompany(actor)) {
    const why = r.cancelReason ? `，原因：${r.cancelReason}` : '';
    const station = r.handlerId ? [r.handlerId] : await queueWatcherIds(store, r.stationId);
    return [
      ...to(station, actor.userId, {
        kind,
        title: '企业撤回了服务需求',
        body: `${r.companyName}撤回了「${categoryOf(r)}」需求${why}`,
        link,
      }),
      ...to(await companyStaffIds(store, r.companyId), actor.userId, {
        kind,
        title: '服务需求已撤回',
        body: `${actor.displayName}撤回了贵企业的「${categoryOf(r)}」需求${why}`,
        link,
      }),
    ];
  }
  return to(await companyStaffIds(store, r.companyId), actor.userId, { kind, link, ...stationStepText(r, step) });
}

/**
 * The one a request was just assigned to is asked to accept or decline it by when it is due (a
 * subscribe message too: `facts`); whoever had it before is told it moved on.
 */
export function assignedNotices(r: ServiceRequestDoc, before: ServiceRequestDoc, actor: Caller): Notice[] {
  const link = requestLink(r._id);
  const due = r.respondBy === undefined ? '' : formatShanghai(r.respondBy, 'YYYY年M月D日 HH:mm');
  const note = r.assignNote ? `。工作站说明：${excerpt(r.assignNote, 60)}` : '';
  const notices = r.assigneeId
    ? to([r.assigneeId], actor.userId, {
        kind: 'request.assigned',
        title: '新的服务需求指派',
        body: `${r.stationName}将${r.companyName}的「${categoryOf(r)}」需求指派给您${note}。请在${due}前接受或谢绝`,
        link,
        facts: { company: r.companyName, category: categoryOf(r), due },
      })
    : [];
  const previous = before.assigneeId && before.assigneeId !== r.assigneeId ? [before.assigneeId] : [];
  return [
    ...notices,
    ...to(previous, actor.userId, {
      kind: 'request.reassigned',
      title: '服务需求已改派',
      body: `${r.companyName}的「${categoryOf(r)}」需求已由工作站改派他人，您无需再处理`,
      link,
    }),
  ];
}

/** The station's handler of the request and its chiefs: who re-plans when an assignee answers. */
async function stationOwners(store: Store, r: ServiceRequestDoc): Promise<string[]> {
  const chiefs = await stationChiefIds(store, r.stationId);
  return [...new Set([...(r.handlerId ? [r.handlerId] : []), ...chiefs])];
}

/** A decline returns the request to the queue: the handler and the chiefs are asked to assign it again. */
export async function declinedNotices(
  store: Store,
  r: ServiceRequestDoc,
  before: ServiceRequestDoc,
  actor: Caller,
  reason: string,
): Promise<Notice[]> {
  const who = `${ASSIGNEE_KIND.labels[before.assigneeKind ?? 'expert']}${before.assigneeName ?? actor.displayName}`;
  return to(await stationOwners(store, r), actor.userId, {
    kind: 'request.assignment_declined',
    title: '服务需求指派被谢绝，请重新安排',
    body: `${who}谢绝了${r.companyName}的「${categoryOf(r)}」需求，原因：${reason}。请重新指派`,
    link: requestLink(r._id),
    facts: { company: r.companyName, category: categoryOf(r), assignee: before.assigneeName ?? actor.displayName },
  });
}

/** An accepted assignment: the company is told the work started, the station who took it. */
export async function acceptedNotices(store: Store, r: ServiceRequestDoc, actor: Caller): Promise<Notice[]> {
  return [
    ...(await stepNotices(store, r, 'acceptAssignment', actor)),
    ...to(await stationOwners(store, r), actor.userId, {
      kind: 'request.assignment_accepted',
      title: '服务需求指派已接受',
      body: `${r.assigneeName ?? actor.displayName}已接受${r.companyName}的「${categoryOf(r)}」需求，开始办理`,
      link: requestLink(r._id),
    }),
  ];
}

/** Asks each of the station's chiefs to follow up a rating of 2 stars or fewer. */
export function lowRatingNotices(r: RatingLike, chiefIds: string[]): Notice[] {
  const said = r.comment ? `：“${excerpt(r.comment)}”` : '';
  const who = whoServed(r);
  return chiefIds.map((userId) => ({
    userId,
    kind: 'request.rating_low',
    title: '服务需求收到低分评价，请跟进',
    body: `${r.companyName}对「${SERVICE_CATEGORY.labels[r.category]}」需求${who}的评价为 ${r.stars} 星${said}。请联系企业了解情况并回访`,
    link: requestLink(r.requestId),
    facts: { company: r.companyName, stars: `${r.stars} 星` },
  }));
}

type RatingLike = Pick<
  RequestRatingDoc,
  'companyName' | 'category' | 'handlerName' | 'assigneeName' | 'assigneeKind' | 'stars' | 'comment' | 'requestId'
>;

/** Whose work was rated: the assignee when there was one (an expert, a liaison, an agency), else the handler. */
function whoServed(r: RatingLike): string {
  if (r.assigneeName) return `（${ASSIGNEE_KIND.labels[r.assigneeKind ?? 'expert']}：${r.assigneeName}）`;
  return r.handlerName ? `（办理人：${r.handlerName}）` : '';
}
