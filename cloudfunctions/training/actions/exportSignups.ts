/**
 * The sign-up list of a session as an Excel workbook: seated, then waiting, then cancelled, each
 * in arrival order, with check-in times. Personal data leaves the system here, so it is audited.
 */
import { SIGNUP_SOURCE, SIGNUP_STATUS } from '../../../core/enums';
import { formatShanghai } from '../../../core/rules/time';
import type { SignupDoc } from '../../../core/store/docs';
import { buildWorkbook, safeFileName, storeExport, type Column } from '../../_shared/excel';
import { findAll } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { checkedInAt, checkinsOf } from '../attendance';
import { loadSession } from '../../_shared/training-sessions';
import { sessionTarget } from '../sessions';

const STATUS_ORDER: SignupDoc['status'][] = ['confirmed', 'waitlisted', 'cancelled'];

export default handler('training', 'exportSignups', async (ctx, input) => {
  const session = await loadSession(ctx.store, input.sessionId);
  ctx.authorize(sessionTarget(session));
  const [groups, checkins] = await Promise.all([
    Promise.all(
      STATUS_ORDER.map((status) =>
        findAll<SignupDoc>(ctx.store, 'signups', { sessionId: session._id, status }, [['seq', 'asc']]),
      ),
    ),
    checkinsOf(ctx.store, session._id),
  ]);
  const rows = groups.flat().map((s, i) => ({ s, n: i + 1, at: checkedInAt(s, checkins) }));
  const time = (ms: number | undefined) => (ms === undefined ? '' : formatShanghai(ms));
  const columns: Column<(typeof rows)[number]>[] = [
    { header: '序号', width: 6, value: (r) => r.n },
    { header: '姓名', width: 12, value: (r) => r.s.name },
    { header: '单位', width: 28, value: (r) => r.s.companyName },
    { header: '职务', width: 14, value: (r) => r.s.title },
    { header: '手机号', width: 14, value: (r) => r.s.mobile },
    { header: '报名状态', width: 10, value: (r) => SIGNUP_STATUS.labels[r.s.status] },
    { header: '报名方式', width: 10, value: (r) => SIGNUP_SOURCE.labels[r.s.source] },
    { header: '报名顺序', width: 10, value: (r) => r.s.seq },
    { header: '报名时间', width: 18, value: (r) => time(r.s.createdAt) },
    { header: '签到时间', width: 18, value: (r) => time(r.at) },
  ];
  const body = await buildWorkbook('报名名单', columns, rows);
  const fileName = safeFileName(`${session.title}_报名名单_${formatShanghai(ctx.clock.now(), 'YYYYMMDD')}`);
  const result = await storeExport(ctx.files, ctx.ids, session.stationId, fileName, body);
  await ctx.audit('export_signups', session._id, { rows: rows.length });
  return result;
});
