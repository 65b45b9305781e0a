/**
 * The demo station's trainings: one two weeks ago — sign-ups, check-ins by QR scan and by hand, a
 * walk-in, questionnaire answers (so results, wanted topics and the talent pool have rows) — one
 * next week that is full, with a waitlist and a change of venue everyone signed up was told of,
 * and one later with seats free. The chief publishes and runs them with the training, checkin and
 * survey functions; people sign up and answer as themselves.
 */
import { WANTED_TOPICS_QUESTION_ID } from '../../core/rules/survey';
import { DEMO_COMPANY_NAME, DEMO_STATION_ID, DEMO_USERS, type DemoPerson } from './accounts';
import { DAY, HOUR, MINUTE, type DemoStage } from './stage';

/** People the chief signs up by hand (they have no account): name, unit, mobile. */
const WALK_UP: Array<[name: string, company: string, mobile: string]> = [
  ['高翔', '北京智芯微电子科技有限公司', '13910020001'],
  ['林欣', '北京清研新材料有限公司', '13910020002'],
  ['罗斌', '北京华科生物医药有限公司', '13910020003'],
  ['梁爽', '北京新航光电技术有限公司', '13910020004'],
  ['宋佳', '北京汇川精密仪器有限公司', '13910020005'],
  ['唐宁', '北京天擎信息技术有限公司', '13910020006'],
  ['韦青', '北京康源医疗器械有限公司', '13910020007'],
  ['马骏', '北京知行人工智能科技有限公司', '13910020008'],
  ['袁媛', '北京同创检测技术有限公司', '13910020009'],
  ['邓超', '北京安泰网络安全技术有限公司', '13910020010'],
  ['许可', '北京精工智能装备有限公司', '13910020011'],
];

/** Someone with an account who signs up and later answers: the demo company login or staff met by the station. */
export interface Attendee {
  userId: string;
  name: string;
  companyName: string;
  mobile: string;
  title: string;
}

const ANSWERS = [
  {
    overall: 5,
    content: 5,
    lecturer: 5,
    organisation: 4,
    recommend: '愿意',
    topics: ['专利挖掘与布局', '融资中的知识产权问题'],
    comment: '案例很实用，希望多讲一些审查意见答复。',
  },
  {
    overall: 4,
    content: 4,
    lecturer: 5,
    organisation: 4,
    recommend: '愿意',
    topics: ['专利检索与信息分析', '专利挖掘与布局'],
    comment: '时间有点紧，可以延长半小时。',
  },
  {
    overall: 4,
    content: 3,
    lecturer: 4,
    organisation: 5,
    recommend: '不确定',
    topics: ['企业知识产权纠纷应对', '专利挖掘与布局'],
    comment: '',
  },
  {
    overall: 5,
    content: 4,
    lecturer: 4,
    organisation: 5,
    recommend: '愿意',
    topics: ['融资中的知识产权问题', '专利挖掘与布局'],
    comment: '希望下次能提供课件。',
  },
];

export async function demoTrainings(s: DemoStage, company: Attendee, staff: Attendee[]): Promise<void> {
  await pastTraining(s, [company, ...staff]);
  await fullTraining(s, company, staff);
  await laterTraining(s);
}

async function signUp(s: DemoStage, who: Attendee, sessionId: string, label: string) {
  return s.act(who.userId, 'training', 'signUp', {
    clientRequestId: s.requestId(`signup-${label}-${who.userId}`),
    sessionId,
    name: who.name,
    title: who.title,
    mobile: who.mobile,
    companyName: who.companyName,
  });
}

async function addByHand(s: DemoStage, sessionId: string, label: string, person: (typeof WALK_UP)[number]) {
  const [name, companyName, mobile] = person;
  return s.act(DEMO_USERS.chief, 'training', 'addSignup', {
    clientRequestId: s.requestId(`add-${label}-${mobile}`),
    sessionId,
    name,
    companyName,
    mobile,
  });
}

/** Two weeks ago: 专利挖掘与布局, with check-ins, a walk-in, one who did not come, and answers. */
async function pastTraining(s: DemoStage, attendees: Attendee[]): Promise<void> {
  const startAt = s.day(-14, '14:00');
  const endAt = startAt + 2.5 * HOUR;
  s.at(startAt - 21 * DAY);
  const session = await s.act(DEMO_USERS.chief, 'training', 'createSession', {
    clientRequestId: s.requestId('training-past'),
    stationId: DEMO_STATION_ID,
    courseId: 'course-12',
    title: '专利挖掘与布局实务',
    description: '从研发项目中发现可专利的创新点，制定专利布局策略，附企业案例分析。',
    lecturer: '赵专家',
    startAt,
    endAt,
    venue: '中关村软件园 二层报告厅',
    capacity: 40,
    signupDeadline: startAt - DAY,
    allowWalkIns: true,
    audience: 'open',
  });
  for (const [i, who] of attendees.entries()) {
    s.at(startAt - (18 - i) * DAY);
    await signUp(s, who, session.id, 'past');
  }
  const byHand = [];
  for (const [i, person] of WALK_UP.slice(0, 7).entries()) {
    s.at(startAt - (10 - i) * DAY);
    byHand.push(await addByHand(s, session.id, 'past', person));
  }

  // The day: the chief shows the QR code, people with phones scan it; the rest are checked in by hand.
  s.at(startAt - 10 * MINUTE);
  const code = await s.act(DEMO_USERS.chief, 'checkin', 'getCode', { sessionId: session.id });
  const scanners = attendees.slice(0, -1); // the last one signed up did not come
  for (const who of scanners) {
    await s.act(who.userId, 'checkin', 'checkIn', { token: code.token, sessionId: session.id });
  }
  for (const [i, signup] of byHand.slice(0, 6).entries()) {
    s.at(startAt - 5 * MINUTE + i * MINUTE);
    await s.act(DEMO_USERS.chief, 'checkin', 'manualCheckIn', { sessionId: session.id, signupId: signup.id });
  }
  s.at(startAt + 20 * MINUTE);
  await s.act(DEMO_USERS.chief, 'checkin', 'manualCheckIn', {
    sessionId: session.id,
    walkIn: { name: '阎磊', mobile: '13910029999', companyName: '北京凌云无人机科技有限公司', title: '工程师' },
  });

  // Afterwards, those who scanned answer the questionnaire (the invitation reached their inbox).
  for (const [i, who] of scanners.entries()) {
    const a = ANSWERS[i % ANSWERS.length]!;
    s.at(endAt + 2 * HOUR + i * 3 * HOUR);
    await s.act(who.userId, 'survey', 'submitResponse', {
      clientRequestId: s.requestId(`answer-past-${who.userId}`),
      targetKind: 'training',
      targetId: session.id,
      answers: {
        overall: a.overall,
        content: a.content,
        lecturer: a.lecturer,
        organisation: a.organisation,
        recommend: a.recommend,
        [WANTED_TOPICS_QUESTION_ID]: a.topics,
        ...(a.comment ? { comment: a.comment } : {}),
      },
    });
  }
}

/** Next week: 融资中的知识产权问题 for ten, full, three on the waitlist, and its venue changed since. */
async function fullTraining(s: DemoStage, company: Attendee, staff: Attendee[]): Promise<void> {
  const startAt = s.day(8, '09:30');
  s.at(s.day(-12, '10:00'));
  const fields = {
    stationId: DEMO_STATION_ID,
    courseId: 'course-6',
    title: '知识产权质押融资实务',
    description: '知识产权质押融资的流程、价值评估和银行产品，邀请合作银行现场答疑。',
    lecturer: '钱律师',
    startAt,
    endAt: startAt + 2 * HOUR,
    venue: '中关村软件园 一层会议室',
    capacity: 10,
    signupDeadline: startAt - DAY,
    allowWalkIns: false,
    audience: 'open' as const,
  };
  const session = await s.act(DEMO_USERS.chief, 'training', 'createSession', {
    clientRequestId: s.requestId('training-full'),
    ...fields,
  });
  const admin: Attendee = {
    userId: DEMO_USERS.admin,
    name: '市中心管理员',
    companyName: '北京市知识产权公共服务中心',
    mobile: '13910030000',
    title: '观摩',
  };
  const people = [company, admin, ...staff.slice(0, 2)];
  for (const [i, who] of people.entries()) {
    s.at(s.day(-11 + i, '11:00'));
    await signUp(s, who, session.id, 'full');
  }
  for (const [i, person] of WALK_UP.slice(2).entries()) {
    s.at(s.day(-7, '09:00') + i * HOUR);
    await addByHand(s, session.id, 'full', person);
  }
  // The room changed: everyone signed up is told (training.changed in their inbox).
  s.at(s.day(-1, '17:30'));
  await s.act(DEMO_USERS.chief, 'training', 'updateSession', {
    sessionId: session.id,
    ...fields,
    venue: '中关村软件园 三层多功能厅',
  });
}

/** In three weeks: 专利检索与信息分析, seats free. */
async function laterTraining(s: DemoStage): Promise<void> {
  const startAt = s.day(22, '14:00');
  s.at(s.day(-3, '10:00'));
  const session = await s.act(DEMO_USERS.chief, 'training', 'createSession', {
    clientRequestId: s.requestId('training-later'),
    stationId: DEMO_STATION_ID,
    courseId: 'course-13',
    title: '专利检索与信息分析入门',
    description: '常用专利检索数据库、检索策略和分析图表的制作，现场上机练习。',
    lecturer: '赵专家',
    startAt,
    endAt: startAt + 3 * HOUR,
    venue: '中关村软件园 二层培训室',
    capacity: 30,
    signupDeadline: startAt - DAY,
    allowWalkIns: true,
    audience: 'open',
  });
  for (const [i, person] of WALK_UP.slice(0, 4).entries()) {
    s.at(s.day(-2, '09:00') + i * HOUR);
    await addByHand(s, session.id, 'later', person);
  }
}

/** The demo company's login as a training attendee. */
export const demoCompanyAttendee = (): Attendee => ({
  userId: DEMO_USERS.company,
  name: '张经理',
  companyName: DEMO_COMPANY_NAME,
  mobile: '13800138000',
  title: '综合管理部经理',
});

export const attendeeOf = (p: DemoPerson, companyName: string): Attendee => ({
  userId: p.userId,
  name: p.name,
  companyName,
  mobile: p.mobile,
  title: p.title,
});
