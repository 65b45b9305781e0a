/**
 * 消息: my in-app inbox. Every query is scoped by the caller's own user id (the policy admits
 * any signed-in person; what they see is only theirs), served by the notifications indexes
 * userId+createdAt and userId+read+createdAt.
 */
import type { InboxNotice } from '../../../core/contract';
import type { Store } from '../../../core/ports';
import type { Where } from '../../../core/store/query';
import type { NotificationDoc } from '../../../core/store/docs';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';

function noticeView(d: NotificationDoc): InboxNotice {
  return {
    id: d._id,
    kind: d.kind,
    title: d.title,
    body: d.body,
    ...(d.link ? { link: d.link } : {}),
    read: d.read === true,
    createdAt: d.createdAt,
  };
}

const unreadOf = (store: Store, userId: string) => store.count('notifications', { userId, read: false });

export const listNotices = handler('account', 'listNotices', async (ctx, input) => {
  const { userId } = ctx.requireCaller();
  const where: Where = input.unreadOnly ? { userId, read: false } : { userId };
  const [page, unread] = await Promise.all([
    findPage<NotificationDoc, InboxNotice>(
      ctx.store,
      'notifications',
      where,
      [
        ['createdAt', 'desc'],
        ['_id', 'desc'],
      ],
      input,
      noticeView,
    ),
    input.unreadOnly ? null : unreadOf(ctx.store, userId),
  ]);
  return { ...page, unread: unread ?? page.total };
});

export const markNoticesRead = handler('account', 'markNoticesRead', async (ctx, input) => {
  const { userId } = ctx.requireCaller();
  // Someone else's id simply matches nothing: the filter always carries the caller's user id.
  const where: Where = input.ids ? { userId, read: false, _id: { $in: input.ids } } : { userId, read: false };
  const updated = await ctx.store.update('notifications', where, { set: { read: true, readAt: ctx.clock.now() } });
  return { updated, unread: await unreadOf(ctx.store, userId) };
});
