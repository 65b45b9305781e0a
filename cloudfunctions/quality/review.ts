/**
 * 服务评价 (004 §9.1) of a station for a period, external and internal together:
 *  - external: the companies' word — ratings and training questionnaires per service kind (the
 *    statistics rollups), and the complaints filed in the period, with those that ran late;
 *  - internal: the time limits the station committed to, each checked against its records —
 *    requests accepted within two working days (004 §8.4 c, the work calendar's days), expert
 *    answers on time, complaints answered within the limit, follow-ups done by their date — with
 *    the late ones named. The item list's own 办理时限 are listed beside for the chief's reading.
 * Whatever falls short is a finding, one tap from an improvement action (整改). Read live
 * (quality.serviceReview) or kept as the period's record (quality.saveServiceReview).
 */
import { K, periodLabel, periodRange, stationScope } from '../../core/rules/rollups';
import { workingTimeLater } from '../../core/rules/sla';
import { addDays, shanghaiInstant } from '../../core/rules/time';
import type { ComplaintDoc, FollowUpDoc, ServiceItemDoc, ServiceRequestDoc, StationDoc } from '../../core/store/docs';
import type { ParsedInputOf, ServiceReview } from '../../core/contract';
import { invalidField } from '../_shared/errors';
import { findAll } from '../_shared/paging';
import { mustGet } from '../_shared/records';
import { catchUp, countersFor } from '../_shared/rollups';
import type { HandlerContext } from '../_shared/runtime';
import { loadWorkCalendar } from '../_shared/work-calendar';
import { complaintsByStatus, ratingsOf } from './figures';

/** The late ones a check names at most (the count says how many in all). */
const LATE_SHOWN = 10;

const rate = (onTime: number, total: number) => (total ? Math.round((onTime / total) * 1000) / 10 : null);

function check(
  id: string,
  title: string,
  standard: string,
  rows: Array<{ onTime: boolean; label: string; at: number }>,
) {
  const late = rows.filter((r) => !r.onTime);
  return {
    id,
    title,
    standard,
    total: rows.length,
    onTime: rows.length - late.length,
    rate: rate(rows.length - late.length, rows.length),
    late: late.slice(0, LATE_SHOWN).map((r) => ({ label: r.label, at: r.at })),
  };
}

/**
 * The review of `input`'s station and period, authorised by the policy row of the action being
 * called (reading it, or keeping it as the period's record).
 */
export async function reviewOf(
  ctx: HandlerContext,
  input: ParsedInputOf<'quality', 'serviceReview'>,
): Promise<ServiceReview> {
  const caller = ctx.requireCaller();
  const stationId = input.stationId ?? caller.acting?.stationId;
  if (!stationId) throw invalidField('stationId', '服务站点', '请选择服务站点');
  ctx.authorize({ stationId });
  const station = await mustGet<StationDoc>(ctx.store, 'stations', stationId);
  const range = periodRange(input.period.kind, input.period.anchor, input.period.to);
  const within = { $gte: shanghaiInstant(range.from), $lt: shanghaiInstant(addDays(range.to, 1)) };
  const now = ctx.clock.now();

  await catchUp(ctx, 2000);
  const counters = await countersFor(ctx.store, stationScope(stationId), range);
  const [complaints, requests, followUps, items, calendar] = await Promise.all([
    findAll<ComplaintDoc>(ctx.store, 'complaints', { stationId, createdAt: within }, [['createdAt', 'asc']]),
    findAll<ServiceRequestDoc>(ctx.store, 'service_requests', { stationId, createdAt: within }, [['createdAt', 'asc']]),
    findAll<FollowUpDoc>(ctx.store, 'follow_ups', { stationId, dueDate: { $gte: range.from, $lte: range.to } }, [
      ['dueDate', 'asc'],
    ]),
    findAll<ServiceItemDoc>(ctx.store, 'service_items', { stationId, status: 'published' }, [['order', 'asc']]),
    loadWorkCalendar(ctx.store),
  ]);

  const answeredLate = (c: ComplaintDoc) => c.history.some((h) => h.event === 'overdue');
  const accepted = requests.flatMap((r) => {
    const at = r.history.find((h) => h.event === 'accepted')?.at;
    const due = workingTimeLater(r.createdAt, 2, calendar);
    // Not accepted yet: late once its two working days are over, not yet judged before.
    if (at === undefined)
      return now > due ? [{ onTime: false, label: `${r.companyName}（尚未受理）`, at: r.createdAt }] : [];
    return [{ onTime: at <= due, label: r.companyName, at: r.createdAt }];
  });
  const answered = counters[K.assignmentAnswered] ?? 0;
  const expertOnTime = counters[K.assignmentOnTime] ?? 0;
  const internal = [
    check('request-accept', '服务需求受理', '2个工作日内受理（004 8.4 c）', accepted),
    {
      id: 'expert-answer',
      title: '专家指派答复',
      standard: '接到指派后2日内答复',
      total: answered,
      onTime: expertOnTime,
      rate: rate(expertOnTime, answered),
      late: [],
    },
    check(
      'complaint-answer',
      '投诉答复',
      '在答复时限内答复',
      complaints.map((c) => ({
        onTime: !answeredLate(c),
        label: `${c.companyName}：${c.subjectLabel}`,
        at: c.createdAt,
      })),
    ),
    check(
      'follow-up',
      '按期回访',
      '回访日期当天完成',
      followUps.flatMap((f) => {
        const end = shanghaiInstant(addDays(f.dueDate, 1));
        if (f.status === 'done') return [{ onTime: (f.doneAt ?? 0) < end, label: f.companyName, at: end }];
        return now >= end ? [{ onTime: false, label: f.companyName, at: end }] : [];
      }),
    ),
  ];
  const ratings = ratingsOf(counters);
  const findings = [
    ...internal
      .filter((c) => c.total > c.onTime)
      .map((c) => ({
        source: 'self_check' as const,
        text: `${c.title}：${c.total - c.onTime} 件超过时限（${c.standard}）`,
      })),
    ...ratings
      .filter((r) => r.low > 0)
      .map((r) => ({ source: 'rating' as const, text: `${r.label}收到 ${r.low} 条差评（2 星及以下）` })),
    ...(complaints.length ? [{ source: 'complaint' as const, text: `本期收到投诉 ${complaints.length} 件` }] : []),
  ];
  return {
    stationId,
    stationName: station.name,
    period: { ...range, label: periodLabel(input.period.kind, range) },
    external: {
      ratings,
      complaints: {
        total: complaints.length,
        byStatus: complaintsByStatus(complaints),
        overdue: complaints.filter(answeredLate).length,
      },
    },
    internal,
    itemLimits: items.map((i) => ({ name: i.name, timeLimit: i.timeLimit })),
    findings,
  };
}
