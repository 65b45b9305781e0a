/**
 * What an expert is told of the admin's decisions on their roster entry, in their inbox: filed
 * (备案: requests may now be assigned to them), returned with the reason, removed with the reason.
 * A removed expert keeps their inbox (any signed-in person reads their own), so they learn why.
 */
import { ROUTES } from '../../core/pages';
import type { Notice } from '../../core/ports';
import type { ExpertProfileDoc } from '../../core/store/docs';

export function filedNotice(p: ExpertProfileDoc): Notice {
  return {
    userId: p._id,
    kind: 'expert.filed',
    title: '专家资料已备案',
    body: '您的志愿服务专家资料已备案，工作站可向您指派服务需求。请在接到通知后 2 日内响应。',
    link: ROUTES.expertProfile,
  };
}

export function returnedNotice(p: ExpertProfileDoc, reason: string): Notice {
  return {
    userId: p._id,
    kind: 'expert.returned',
    title: '专家资料被退回',
    body: `您的志愿服务专家资料被退回，原因：${reason}。请修改后重新提交。`,
    link: ROUTES.expertProfile,
    facts: { reason },
  };
}

export function removedNotice(p: ExpertProfileDoc, reason: string): Notice {
  return {
    userId: p._id,
    kind: 'expert.removed',
    title: '志愿服务专家资格已取消',
    body: `您已被移出志愿服务专家库，原因：${reason}。如有疑问请联系专家管理机构。`,
    facts: { reason },
  };
}
