/**
 * The demo station's consultations: the liaison's and the expert's weekly hours (so a company can
 * book at once), bookings of the past weeks written up in the archive and rated — one rated two
 * stars and followed up by the chief — a no-show, a cancellation, today's consultations and the
 * next days' bookings, plus walk-in and phone consultations with follow-ups due. Each step is the
 * real action (consult.*, archive.*, visit.logVisit) at the moment it happened.
 */
import type { ServiceCategory } from '../../core/enums';
import { isoWeekday } from '../../core/rules/time';
import type { RatingTag } from '../../core/enums';
import { DEMO_COMPANY_ID, DEMO_STATION_ID, DEMO_USERS } from './accounts';
import type { LedgerCompany } from './companies';
import { DAY, HOUR, MINUTE, type DemoStage } from './stage';

/** The liaison consults on weekdays; the expert on Tuesday and Thursday afternoons and Saturday mornings. */
const LIAISON_DAYS = [1, 2, 3, 4, 5];
const EXPERT_DAYS = [2, 4];
const EXPERT_SATURDAY = 6;

/** Someone of a company who books: the demo login, or staff of a ledger company. */
export interface Booker {
  userId: string;
  companyId: string;
}

/**
 * Both consultants publish their hours, three months ago. When the demo starts on a weekend, the
 * liaison also has extra hours today (a weekend duty), so 今日咨询 has something to show.
 */
export async function publishHours(s: DemoStage): Promise<void> {
  s.at(s.day(-100, '09:00'));
  const weekend = !LIAISON_DAYS.includes(isoWeekday(s.today));
  const offDay = s.date(s.nextWeekday(16, LIAISON_DAYS));
  await s.act(DEMO_USERS.liaison, 'consult', 'saveAvailability', {
    stationId: DEMO_STATION_ID,
    consultantId: DEMO_USERS.liaison,
    rules: [
      {
        weekdays: LIAISON_DAYS,
        start: '09:00',
        end: '11:30',
        slotMinutes: 30,
        channel: 'onsite',
        location: '一层咨询室',
      },
      {
        weekdays: LIAISON_DAYS,
        start: '14:00',
        end: '17:00',
        slotMinutes: 30,
        channel: 'onsite',
        location: '一层咨询室',
      },
    ],
    exceptions: [
      { kind: 'off', date: offDay, note: '年假' },
      ...(weekend
        ? [
            {
              kind: 'extra' as const,
              date: s.today,
              start: '09:00',
              end: '17:00',
              slotMinutes: 30,
              channel: 'onsite' as const,
              location: '一层咨询室',
              note: '周末值班',
            },
          ]
        : []),
    ],
  });
  await s.act(DEMO_USERS.expert, 'consult', 'saveAvailability', {
    stationId: DEMO_STATION_ID,
    consultantId: DEMO_USERS.expert,
    rules: [
      { weekdays: EXPERT_DAYS, start: '14:00', end: '17:00', slotMinutes: 60, channel: 'video', location: '腾讯会议' },
      { weekdays: [EXPERT_SATURDAY], start: '09:00', end: '12:00', slotMinutes: 60, channel: 'phone' },
    ],
    // On a day the expert does not usually consult, a morning added for today (their 今日咨询 has a booking).
    exceptions: expertConsultsToday(s)
      ? []
      : [
          {
            kind: 'extra' as const,
            date: s.today,
            start: '09:00',
            end: '12:00',
            slotMinutes: 60,
            channel: 'video' as const,
            location: '腾讯会议',
            note: '临时加开',
          },
        ],
  });
}

interface BookingPlan {
  label: string;
  by: Booker;
  consultant: string;
  start: number;
  topic: ServiceCategory;
  question: string;
  /** When it was booked: days before the slot (at 16:00 that day, or two hours before a slot that close). */
  bookedDaysBefore?: number;
}

async function book(s: DemoStage, p: BookingPlan) {
  const days = p.bookedDaysBefore ?? 3;
  // Never later than the demo's "now", and always with more than the station's minimum notice.
  s.at(Math.min(p.start - days * DAY + 2 * HOUR, p.start - 3 * HOUR, s.start - 10 * MINUTE));
  return s.act(p.by.userId, 'consult', 'book', {
    clientRequestId: s.requestId(`book-${p.label}`),
    stationId: DEMO_STATION_ID,
    consultantId: p.consultant,
    slotStart: p.start,
    topic: p.topic,
    question: p.question,
    attachments: [],
  });
}

interface RecordText {
  category: ServiceCategory;
  summary: string;
  answer: string;
  internalNote?: string;
  followUpIn?: number;
  rightsClue?: boolean;
}

/** The consultant writes the archive record of a booking, twenty minutes after its slot ended. */
async function archive(
  s: DemoStage,
  consultant: string,
  booking: { id: string; start: number; end: number },
  r: RecordText,
) {
  s.at(booking.end + 20 * MINUTE);
  return s.act(consultant, 'archive', 'createRecord', {
    clientRequestId: s.requestId(`record-${booking.id}`),
    bookingId: booking.id,
    category: r.category,
    summary: r.summary,
    answer: r.answer,
    durationMinutes: Math.round((booking.end - booking.start) / MINUTE),
    followUp: r.followUpIn !== undefined,
    ...(r.followUpIn !== undefined ? { followUpDate: s.date(r.followUpIn) } : {}),
    rightsClue: r.rightsClue ?? false,
    ...(r.internalNote ? { internalNote: r.internalNote } : {}),
    attachments: [],
  });
}

async function rate(
  s: DemoStage,
  by: Booker,
  recordId: string,
  at: number,
  stars: number,
  tags: RatingTag[],
  comment: string,
) {
  s.at(at);
  return s.act(by.userId, 'archive', 'rateRecord', { recordId, stars, tags, comment });
}

const expertConsultsToday = (s: DemoStage) => [...EXPERT_DAYS, EXPERT_SATURDAY].includes(isoWeekday(s.today));

/** The expert's consultation today: an afternoon slot on Tuesday or Thursday, else a morning one. */
const expertTodaySlot = (s: DemoStage) => s.day(0, EXPERT_DAYS.includes(isoWeekday(s.today)) ? '15:00' : '10:00');

const liaisonDay = (s: DemoStage, offset: number) => s.nextWeekday(offset, LIAISON_DAYS);
const expertDay = (s: DemoStage, offset: number) => s.nextWeekday(offset, EXPERT_DAYS);

/** The demo company's consultations: three written up (rated 5, rated 2 and followed up, not rated yet), one cancelled, one coming. */
export async function demoCompanyConsultations(s: DemoStage): Promise<void> {
  const company: Booker = { userId: DEMO_USERS.company, companyId: DEMO_COMPANY_ID };

  const first = await book(s, {
    label: 'demo-1',
    by: company,
    consultant: DEMO_USERS.liaison,
    start: s.day(liaisonDay(s, -45), '10:00'),
    topic: 'application',
    question: '新产品线准备申请发明专利，想了解申请流程、周期和费用。',
  });
  const firstRecord = await archive(s, DEMO_USERS.liaison, first, {
    category: 'application',
    summary: '企业新产品线拟申请发明专利，咨询流程、周期和费用。',
    answer: '讲解了发明专利申请的受理、初审、实质审查流程，一般周期两到三年；建议先做查新检索，并可申请区级资助。',
  });
  await rate(
    s,
    company,
    firstRecord.id,
    first.end + DAY,
    5,
    ['professional', 'patient', 'solved'],
    '讲解很细致，流程清楚了。',
  );

  const second = await book(s, {
    label: 'demo-2',
    by: company,
    consultant: DEMO_USERS.expert,
    start: s.day(expertDay(s, -24), '15:00'),
    topic: 'risk',
    question: '新产品上市前需要做哪些专利侵权风险排查？检索范围怎么定？',
  });
  const secondRecord = await archive(s, DEMO_USERS.expert, second, {
    category: 'risk',
    summary: '企业新产品上市前的专利侵权风险排查。',
    answer: '建议上市前开展自由实施（FTO）检索，重点关注主要竞争对手在国内的有效专利。',
    internalNote: '企业预算有限，可推荐区里的检索补贴',
  });
  const lowAt = second.end + 1 * DAY;
  await rate(s, company, secondRecord.id, lowAt, 2, ['unsolved'], '答复比较笼统，检索范围还是没讲清楚。');
  // The chief, told of the low rating, calls the company the next morning and logs the call.
  const callAt = s.day(Math.round((lowAt - s.start) / DAY) + 1, '10:00');
  s.at(callAt + HOUR);
  await s.act(DEMO_USERS.chief, 'visit', 'logVisit', {
    clientRequestId: s.requestId('low-rating-call'),
    companyId: DEMO_COMPANY_ID,
    visitedAt: callAt,
    form: 'phone',
    visitors: ['王站长'],
    met: '张经理（综合管理部经理）',
    topics: ['risk'],
    findings: '企业对专家咨询的答复不满意：FTO 检索的范围和费用没有讲清楚。',
    sharedSummary: '站长就咨询评价电话回访：已请赵专家补充说明检索范围，并提供了检索报告样例和补贴申报指引。',
    internalNote: '已提醒赵专家答复要具体到检索范围和费用',
    needs: [],
  });

  const third = await book(s, {
    label: 'demo-3',
    by: company,
    consultant: DEMO_USERS.liaison,
    start: s.day(liaisonDay(s, -8), '14:30'),
    topic: 'finance',
    question: '想了解知识产权质押融资，需要准备什么材料？',
  });
  await archive(s, DEMO_USERS.liaison, third, {
    category: 'finance',
    summary: '企业有融资需求，咨询知识产权质押融资。',
    answer: '介绍了质押融资流程和合作银行，建议先做专利价值评估，材料清单已发给企业。',
    followUpIn: 2,
  });

  const cancelled = await book(s, {
    label: 'demo-4',
    by: company,
    consultant: DEMO_USERS.liaison,
    start: s.day(liaisonDay(s, -9), '09:30'),
    topic: 'consulting',
    question: '商标续展需要提前多久办理？',
  });
  s.at(cancelled.start - 2 * DAY);
  await s.act(company.userId, 'consult', 'cancelBooking', { bookingId: cancelled.id, reason: '临时出差，改期再约' });

  await book(s, {
    label: 'demo-5',
    by: company,
    consultant: DEMO_USERS.liaison,
    start: s.day(liaisonDay(s, 2), '10:00'),
    topic: 'preexam',
    question: '我们有一项发明专利想走预审快速通道，需要满足哪些条件？',
    bookedDaysBefore: 2,
  });
}

/**
 * Other companies' consultations: a rated one with the expert, a no-show, today's consultations
 * (written up if already over), and bookings of the next days for both consultants.
 */
export async function stationConsultations(s: DemoStage, staff: Booker[]): Promise<void> {
  const [a, b, c] = staff as [Booker, Booker, Booker];

  const aPast = await book(s, {
    label: 'a-1',
    by: a,
    consultant: DEMO_USERS.expert,
    start: s.day(expertDay(s, -17), '14:00'),
    topic: 'analysis',
    question: '想做一份竞争对手专利布局分析，应该从哪里入手？',
  });
  const aRecord = await archive(s, DEMO_USERS.expert, aPast, {
    category: 'analysis',
    summary: '企业想了解主要竞争对手的专利布局。',
    answer: '建议以三家主要竞争对手为对象，按技术分支统计专利数量和趋势，可使用公共检索平台完成初步分析。',
    followUpIn: -2,
  });
  await rate(s, a, aRecord.id, aPast.end + 2 * HOUR, 4, ['practical', 'clear'], '建议很实用。');

  const cPast = await book(s, {
    label: 'c-1',
    by: c,
    consultant: DEMO_USERS.liaison,
    start: s.day(liaisonDay(s, -30), '15:00'),
    topic: 'search',
    question: '研发人员想学会自己做专利检索，有没有推荐的平台？',
  });
  const cRecord = await archive(s, DEMO_USERS.liaison, cPast, {
    category: 'search',
    summary: '企业研发人员希望自行开展专利检索。',
    answer: '推荐了国家知识产权局专利检索及分析系统，现场演示了基本检索和法律状态查询。',
  });
  await rate(s, c, cRecord.id, cPast.end + DAY, 5, ['patient', 'practical'], '');

  const noShow = await book(s, {
    label: 'b-1',
    by: b,
    consultant: DEMO_USERS.liaison,
    start: s.day(liaisonDay(s, -5), '09:30'),
    topic: 'data_ip',
    question: '数据知识产权登记需要准备哪些材料？',
  });
  s.at(noShow.start + 40 * MINUTE);
  await s.act(DEMO_USERS.liaison, 'consult', 'markNoShow', { bookingId: noShow.id });

  // Today: the liaison's morning and afternoon (a weekend has the duty hours published above).
  const today = [
    {
      label: 'b-today',
      by: b,
      start: s.day(0, '10:00'),
      topic: 'data_ip' as const,
      question: '再次预约：数据知识产权登记需要准备哪些材料？',
    },
    {
      label: 'c-today',
      by: c,
      start: s.day(0, '15:00'),
      topic: 'evidence' as const,
      question: '网站上的原创图片被盗用，怎么做电子存证？',
    },
  ];
  const expertToday = {
    label: 'a-today',
    by: a,
    start: expertTodaySlot(s),
    topic: 'licensing' as const,
    question: '有三项闲置专利想对外许可，许可费怎么确定？',
  };
  const summaries: Record<string, { summary: string; answer: string }> = {
    data_ip: {
      summary: '企业咨询数据知识产权登记材料。',
      answer: '说明了登记所需的数据来源、算法规则说明和存证材料，可在市数据知识产权登记平台在线提交。',
    },
    evidence: {
      summary: '企业原创图片被盗用，咨询电子存证。',
      answer: '建议使用可信时间戳对原创作品存证，并保留侵权页面的公证或存证记录。',
    },
    licensing: {
      summary: '企业有闲置专利，咨询对外许可和许可费。',
      answer: '介绍了专利开放许可制度，许可费可参考同领域许可案例并结合评估报告确定。',
    },
  };
  for (const t of [
    ...today.map((x) => ({ ...x, consultant: DEMO_USERS.liaison })),
    { ...expertToday, consultant: DEMO_USERS.expert },
  ]) {
    const booking = await book(s, t);
    if (booking.end + 20 * MINUTE <= s.start) {
      await archive(s, t.consultant, booking, {
        category: t.topic,
        ...summaries[t.topic]!,
      });
    }
  }

  // The next days: the expert's next afternoon, and the liaison later in the week.
  await book(s, {
    label: 'a-next',
    by: a,
    consultant: DEMO_USERS.expert,
    start: s.day(expertDay(s, 1), '14:00'),
    topic: 'dispute',
    question: '收到了同行的专利侵权警告函，应该如何回应？',
    bookedDaysBefore: 1,
  });
  await book(s, {
    label: 'c-next',
    by: c,
    consultant: DEMO_USERS.liaison,
    start: s.day(liaisonDay(s, 4), '14:00'),
    topic: 'compliance',
    question: '公司准备做知识产权管理体系贯标，想了解流程。',
    bookedDaysBefore: 1,
  });
}

interface WalkIn {
  label: string;
  consultant: string;
  company: number;
  daysAgo: number;
  channel: 'onsite' | 'phone' | 'online';
  text: RecordText;
}

/** Walk-in, phone and online consultations of ledger companies, some with follow-ups (overdue, today, coming). */
export async function walkInConsultations(s: DemoStage, ledger: LedgerCompany[]): Promise<void> {
  const walkIns: WalkIn[] = [
    {
      label: 'w-1',
      consultant: DEMO_USERS.liaison,
      company: 2,
      daysAgo: 26,
      channel: 'onsite',
      text: {
        category: 'preexam',
        summary: '企业来站咨询专利预审备案条件。',
        answer: '企业属于保护中心预审服务的产业领域，可先完成备案，再提交预审申请。',
        followUpIn: -3,
      },
    },
    {
      label: 'w-2',
      consultant: DEMO_USERS.liaison,
      company: 11,
      daysAgo: 9,
      channel: 'phone',
      text: {
        category: 'dispute',
        summary: '企业电话咨询收到侵权警告函后的应对。',
        answer: '建议先核实对方专利的法律状态和保护范围，必要时申请维权援助。',
        rightsClue: true,
        followUpIn: 0,
      },
    },
    {
      label: 'w-3',
      consultant: DEMO_USERS.liaison,
      company: 7,
      daysAgo: 3,
      channel: 'online',
      text: {
        category: 'publicity',
        summary: '企业在线咨询员工知识产权培训安排。',
        answer: '推荐参加本站下周的专利实务培训，并提供了宣传资料。',
      },
    },
    {
      label: 'w-4',
      consultant: DEMO_USERS.expert,
      company: 15,
      daysAgo: 12,
      channel: 'onsite',
      text: {
        category: 'data_ip',
        summary: '人工智能训练数据集的权属和登记问题。',
        answer: '数据集可按数据知识产权登记，建议同时完善数据来源合规记录。',
        followUpIn: 5,
      },
    },
    {
      label: 'w-5',
      consultant: DEMO_USERS.expert,
      company: 26,
      daysAgo: 6,
      channel: 'phone',
      text: {
        category: 'studio_overseas',
        summary: '企业海外专利诉讼应诉咨询。',
        answer: '介绍了海外知识产权纠纷应对指导中心，建议尽快确定应诉律师并评估和解可能。',
        followUpIn: -1,
      },
    },
    // This week two companies asked about licensing, twice each: 企业关注 suggests a training on it
    // and a visit to the one the station last saw five months ago and the one it never visited.
    ...(
      [
        [13, 1, '专利许可合同中的许可费如何约定？', '可按固定费用加提成约定，建议参考同行业许可费率并明确计算基数。'],
        [
          13,
          3,
          '专利实施许可合同备案需要哪些材料？',
          '合同生效后三个月内向国家知识产权局备案，提交合同副本和备案申请表。',
        ],
        [9, 2, '商标许可他人使用是否需要备案？', '商标使用许可应报商标局备案，未备案不得对抗善意第三人。'],
        [9, 4, '商标转让和商标许可有什么区别？', '转让改变商标权归属，许可只授予使用权；转让需经核准公告。'],
      ] as const
    ).map(([company, daysAgo, summary, answer], i) => ({
      label: `lic-${i + 1}`,
      consultant: i % 2 ? DEMO_USERS.expert : DEMO_USERS.liaison,
      company,
      daysAgo,
      channel: 'phone' as const,
      text: { category: 'licensing' as ServiceCategory, summary, answer },
    })),
  ];
  for (const w of walkIns) {
    const consultedAt = s.day(-w.daysAgo, '10:30');
    s.at(consultedAt + 2 * HOUR);
    await s.act(w.consultant, 'archive', 'createRecord', {
      clientRequestId: s.requestId(`walk-in-${w.label}`),
      companyId: ledger[w.company]!.id,
      consultedAt,
      channel: w.channel,
      category: w.text.category,
      summary: w.text.summary,
      answer: w.text.answer,
      durationMinutes: 30,
      followUp: w.text.followUpIn !== undefined,
      ...(w.text.followUpIn !== undefined ? { followUpDate: s.date(w.text.followUpIn) } : {}),
      rightsClue: w.text.rightsClue ?? false,
      attachments: [],
    });
  }
}
