/**
 * The sign-up list of the manual check-in page, in arrival order: not checked in yet, checked in,
 * or waitlisted; by name or mobile. Served by the (sessionId, status, seq) index of signups.
 */
import type { Where } from '../../../core/store/query';
import type { SignupDoc } from '../../../core/store/docs';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { loadSession } from '../../_shared/training-sessions';

const FILTERS = {
  pending: { status: 'confirmed', checkedInAt: null },
  checkedIn: { status: 'confirmed', checkedInAt: { $gt: 0 } },
  waitlisted: { status: 'waitlisted' },
} satisfies Record<string, Where>;

export default handler('checkin', 'listAttendees', async (ctx, input) => {
  const session = await loadSession(ctx.store, input.sessionId);
  ctx.authorize({ stationId: session.stationId });
  const keyword = input.keyword?.trim();
  const where: Where = {
    sessionId: session._id,
    ...FILTERS[input.filter],
    ...(keyword ? { $or: [{ name: { $contains: keyword } }, { mobile: { $contains: keyword } }] } : {}),
  };
  return findPage<SignupDoc, ReturnType<typeof attendeeOf>>(
    ctx.store,
    'signups',
    where,
    [['seq', 'asc']],
    input,
    attendeeOf,
  );
});

function attendeeOf(s: SignupDoc) {
  return {
    signupId: s._id,
    name: s.name,
    companyName: s.companyName,
    mobile: s.mobile,
    status: s.status,
    source: s.source,
    ...(s.checkedInAt !== undefined ? { checkedInAt: s.checkedInAt } : {}),
    ...(s.late !== undefined ? { late: s.late } : {}),
  };
}
