/**
 * Final approval: in ONE transaction the year's counter moves by one (the number), the studio is
 * founded as a service point of kind 流动工作室 linked to the company, and the application is
 * marked approved — only if it is still the version the approver read. Concurrent approvals are
 * serialised by the database (SQLite's write lock; CloudBase's transaction retries), so numbers
 * are consecutive and never duplicated or skipped.
 */
import { AppError } from '../../core/errors';
import { STUDIO_NEED } from '../../core/enums';
import type { StudioStep } from '../../core/contract';
import { studioNumber } from '../../core/rules/studio';
import { formatShanghai } from '../../core/rules/time';
import type { StationDoc, StudioApplicationDoc } from '../../core/store/docs';
import type { HandlerContext } from '../_shared/runtime';
import { indexStation } from '../_shared/search-index';

interface CounterDoc {
  _id: string;
  seq: number;
  [key: string]: unknown;
}

export async function foundStudio(
  ctx: HandlerContext,
  a: StudioApplicationDoc,
  history: StudioStep[],
  now: number,
): Promise<StudioApplicationDoc> {
  const year = Number(formatShanghai(now, 'YYYY'));
  const stationId = `st-${a.district}-studio-${a._id.slice(3, 19)}`;
  const { after, station } = await ctx.store.transaction(async (tx) => {
    const current = await tx.get<StudioApplicationDoc>('studio_applications', a._id);
    if (!current || current.version !== a.version || current.status !== 'reviewing' || current.stage !== 'bureau') {
      throw new AppError('CONFLICT', '该申请刚刚已被他人处理，请刷新后查看');
    }
    const counterId = `number:${year}`;
    const counter = await tx.get<CounterDoc>('studio_counters', counterId);
    const seq = (counter?.seq ?? 0) + 1;
    if (counter) await tx.updateById('studio_counters', counterId, { set: { seq } });
    else await tx.insert<CounterDoc>('studio_counters', { _id: counterId, seq });
    const number = studioNumber(year, seq);
    const station: StationDoc = {
      _id: stationId,
      name: `${a.companyName}知识产权保护流动工作室`,
      kind: 'mobile_studio',
      level: 'workstation',
      district: a.district,
      address: a.form.registeredAddress,
      phone: a.form.contact.mobile,
      hours: '工作日 9:00-17:30，按需预约上门服务',
      keyIndustries: [],
      operator: a.companyName,
      intro: `编号 ${number}。服务内容：${a.form.needs.map((n) => STUDIO_NEED.labels[n]).join('、')}。`,
      status: 'active',
      order: 10_000 + seq,
      studioNumber: number,
      companyId: a.companyId,
      createdAt: now,
      updatedAt: now,
    };
    await tx.insert('stations', station);
    const patch = {
      status: 'approved' as const,
      number,
      studioStationId: stationId,
      history,
      version: a.version + 1,
      updatedAt: now,
    };
    await tx.updateById('studio_applications', a._id, { set: patch, unset: ['dueAt'] });
    const updated = { ...current, ...patch };
    delete updated.dueAt;
    return { after: updated, station };
  });
  await indexStation(ctx.store, station);
  return after;
}
