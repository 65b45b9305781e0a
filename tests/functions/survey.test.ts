/**
 * The survey function through the runtime: a person checked in at a training rates it after it
 * started — once per person per session (the database settles it, however many submissions
 * race), editable for 24 h, answers checked per question in Chinese — and the chief of the
 * session's station reads the results and the topics wanted across sessions; nobody else does.
 * Sessions and check-ins are written straight into the store (as the training and checkin
 * functions write them).
 */
import type { OutputOf } from '../../core/contract';
import { DEFAULT_TRAINING_QUESTIONNAIRE_ID } from '../../core/rules/survey';
import { COURSES } from '../../core/reference/courses';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../core/rules/time';
import type { SurveyResponseDoc, TrainingSessionDoc } from '../../core/store/docs';
import { errorOf, ok } from '../support/envelope';
import { newRequestId, OTHER_STATION, OWN_STATION } from '../support/fixtures';
import { seedCheckin, seedSession } from '../support/survey-seed';
import { createWorld, seedMember, type Actor, type World } from '../support/world';

let world: World;
beforeEach(async () => {
  world = await createWorld(); // the test clock starts on Monday 2025-03-03 09:00 in Shanghai
});
afterEach(() => world.close());

type Answers = Record<string, number | string | string[]>;
type Results = OutputOf<'survey', 'getResults'>;
type MyResponse = OutputOf<'survey', 'getMyResponse'>;

const submit = (actor: Actor, session: TrainingSessionDoc, answers: Answers) =>
  world.run(
    'survey',
    {
      action: 'submitResponse',
      clientRequestId: newRequestId('resp'),
      targetKind: 'training',
      targetId: session._id,
      answers,
    },
    actor,
  );

const myResponse = async (actor: Actor, session: TrainingSessionDoc) =>
  ok<MyResponse>(
    await world.run('survey', { action: 'getMyResponse', targetKind: 'training', targetId: session._id }, actor),
  );

const results = (actor: Actor, session: TrainingSessionDoc, page = 1, pageSize = 20) =>
  world.run('survey', { action: 'getResults', targetKind: 'training', targetId: session._id, page, pageSize }, actor);

const responsesOf = (session: TrainingSessionDoc) =>
  world.store.find<SurveyResponseDoc>('survey_responses', { where: { targetId: session._id } });

/** A session of OWN_STATION that started an hour ago. */
const startedSession = (overrides: Partial<TrainingSessionDoc> = {}) =>
  seedSession(world.store, OWN_STATION, world.clock.now() - HOUR_MS, overrides);

/** A person (company staff by default) checked in at the session. */
async function trainee(session: TrainingSessionDoc, name = '学员'): Promise<Actor> {
  const actor = await seedMember(world.store, world.clock.now(), 'company', { companyId: 'co-own' }, name);
  await seedCheckin(world.store, session, actor.userId);
  return actor;
}

const chief = (stationId = OWN_STATION) =>
  seedMember(world.store, world.clock.now(), 'chief', { stationId }, `站长${stationId}`);

describe('the default training questionnaire', () => {
  it('asks the seven questions, overall satisfaction required, topics from the 13 appendix-B courses and 其他', async () => {
    const someone = await world.actor('user');
    const q = ok<OutputOf<'survey', 'getQuestionnaire'>>(
      await world.run(
        'survey',
        { action: 'getQuestionnaire', questionnaireId: DEFAULT_TRAINING_QUESTIONNAIRE_ID },
        someone,
      ),
    );
    expect(q.questions.map((x) => [x.title, x.kind, x.required])).toEqual([
      ['总体满意度', 'rating', true],
      ['课程内容', 'rating', false],
      ['讲师水平', 'rating', false],
      ['组织安排', 'rating', false],
      ['是否愿意推荐给同事', 'single', false],
      ['希望下次培训的主题', 'multiple', false],
      ['意见和建议', 'text', false],
    ]);
    expect(q.questions[4]!.options).toEqual(['愿意', '不确定', '不愿意']);
    expect(q.questions[5]!.options).toEqual([...COURSES.map((c) => c.title), '其他']);
    expect(q.questions[5]!.options).toHaveLength(14);
    expect(q).toMatchObject({ isDefault: true, stationId: null });
  });
});

describe('submitting a response', () => {
  it('names every question that needs attention, in Chinese, and stores nothing', async () => {
    const session = await startedSession();
    const me = await trainee(session);
    const e = errorOf(
      await submit(me, session, {
        content: 7,
        lecturer: 3.5,
        recommend: '也许',
        topics: ['专利挖掘与布局', '专利挖掘与布局'],
        comment: '好'.repeat(501),
        nonsense: 1,
      }),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.fields).toEqual({
      'answers.overall': '总体满意度：此题为必答题',
      'answers.content': '课程内容：请选择 1–5 星',
      'answers.lecturer': '讲师水平：请选择 1–5 星',
      'answers.recommend': '是否愿意推荐给同事：请从给出的选项中选择一项',
      'answers.topics': '希望下次培训的主题：选项不能重复',
      'answers.comment': '意见和建议：不能超过 500 字',
      'answers.nonsense': '问卷中没有这道题，请刷新后重新填写',
    });
    expect(e.message).toContain('总体满意度：此题为必答题');
    expect(e.message).toContain('另有 6 处需修改');
    const unknownTopic = errorOf(await submit(me, session, { overall: 4, topics: ['量子力学'] }));
    expect(unknownTopic.fields).toEqual({ 'answers.topics': '希望下次培训的主题：请从给出的选项中选择' });
    expect(await responsesOf(session)).toEqual([]);
  });

  it('keeps trimmed text, choices in the questionnaire’s order, and leaves blank optional answers out', async () => {
    const session = await startedSession();
    const me = await trainee(session);
    const saved = ok<OutputOf<'survey', 'submitResponse'>>(
      await submit(me, session, {
        overall: 5,
        content: 4,
        recommend: '愿意',
        topics: ['专利检索与信息分析', '知识产权基础知识'],
        comment: '  讲得很好  ',
        organisation: '',
      }),
    );
    expect(saved.answers).toEqual({
      overall: 5,
      content: 4,
      recommend: '愿意',
      topics: ['知识产权基础知识', '专利检索与信息分析'],
      comment: '讲得很好',
    });
    expect(saved).toMatchObject({
      id: `training:${session._id}:${me.userId}`,
      submittedAt: world.clock.now(),
      editableUntil: world.clock.now() + DAY_MS,
      edited: false,
      locked: false,
    });
  });

  it('one response per person per session, even when ten submissions race (one document)', async () => {
    const session = await startedSession();
    const me = await trainee(session);
    const envs = await Promise.all(
      Array.from({ length: 10 }, (_, i) => submit(me, session, { overall: (i % 5) + 1, comment: `第${i}次` })),
    );
    for (const env of envs) expect(env.ok).toBe(true);
    const stored = await responsesOf(session);
    expect(stored).toHaveLength(1);
    expect(stored[0]!._id).toBe(`training:${session._id}:${me.userId}`);
    expect(stored[0]!.userId).toBe(me.userId);
    const mine = await myResponse(me, session);
    expect(mine.response!.answers).toEqual(stored[0]!.answers);
    expect(mine.response!.edited).toBe(true);
  });

  it('is changed within 24 h of the first submission, and refused after; the first time stays the start', async () => {
    const session = await startedSession();
    const me = await trainee(session);
    const first = world.clock.now();
    ok(await submit(me, session, { overall: 3, comment: '一般' }));

    world.clock.advance(DAY_MS - MINUTE_MS);
    const changed = ok<OutputOf<'survey', 'submitResponse'>>(await submit(me, session, { overall: 5 }));
    expect(changed).toMatchObject({ answers: { overall: 5 }, submittedAt: first, edited: true, locked: false });
    expect(changed.updatedAt).toBe(first + DAY_MS - MINUTE_MS);
    expect(await myResponse(me, session)).toMatchObject({ canRespond: true, response: { locked: false } });

    world.clock.advance(MINUTE_MS);
    const late = errorOf(await submit(me, session, { overall: 1, comment: '改主意了' }));
    expect(late).toMatchObject({ code: 'CONFLICT', message: '提交已超过24小时，不能再修改' });
    const stored = await responsesOf(session);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.answers).toEqual({ overall: 5 });
    expect(await myResponse(me, session)).toMatchObject({
      canRespond: false,
      reason: '提交已超过24小时，不能再修改',
      response: { locked: true, answers: { overall: 5 } },
    });
  });

  it('only a person checked in at that very session, once it started', async () => {
    const session = await startedSession();
    const elsewhere = await startedSession();
    const stranger = await seedMember(world.store, world.clock.now(), 'company', { companyId: 'co-own' });
    const atOther = await trainee(elsewhere);
    for (const who of [stranger, atOther]) {
      expect(errorOf(await submit(who, session, { overall: 5 }))).toEqual({
        code: 'FORBIDDEN',
        message: '只有签到参加本场培训的人员才能填写问卷',
      });
      expect(await myResponse(who, session)).toMatchObject({
        canRespond: false,
        reason: '只有签到参加本场培训的人员才能填写问卷',
        response: null,
      });
    }

    const later = await seedSession(world.store, OWN_STATION, world.clock.now() + HOUR_MS);
    const early = await trainee(later); // checked in half an hour before the start, say
    expect(errorOf(await submit(early, later, { overall: 5 }))).toEqual({
      code: 'CONFLICT',
      message: '培训开始后才能填写问卷',
    });

    const cancelled = await startedSession({ status: 'cancelled' });
    const there = await trainee(cancelled);
    expect(errorOf(await submit(there, cancelled, { overall: 5 }))).toEqual({
      code: 'CONFLICT',
      message: '培训已取消，无需填写问卷',
    });

    const missing = errorOf(
      await world.run(
        'survey',
        {
          action: 'submitResponse',
          clientRequestId: newRequestId('resp'),
          targetKind: 'training',
          targetId: 'tr-nope',
          answers: { overall: 5 },
        },
        there,
      ),
    );
    expect(missing.code).toBe('NOT_FOUND');
    expect(await world.store.count('survey_responses')).toBe(0);
  });

  it('getMyResponse: the session, the questionnaire, and none yet — then my answers', async () => {
    const session = await startedSession({ title: '专利检索与信息分析' });
    const me = await trainee(session);
    const before = await myResponse(me, session);
    expect(before).toMatchObject({
      target: { kind: 'training', id: session._id, title: '专利检索与信息分析', stationId: OWN_STATION },
      questionnaire: { id: DEFAULT_TRAINING_QUESTIONNAIRE_ID },
      response: null,
      canRespond: true,
    });
    expect(before.reason).toBeUndefined();
    ok(await submit(me, session, { overall: 4 }));
    expect((await myResponse(me, session)).response).toMatchObject({ answers: { overall: 4 }, locked: false });
  });
});

describe('the results of a session', () => {
  async function ratedSession() {
    const session = await startedSession();
    const said: Answers[] = [
      { overall: 5, content: 4, recommend: '愿意', topics: ['专利挖掘与布局', '其他'], comment: '很实用' },
      { overall: 4, content: 4, recommend: '愿意', topics: ['专利挖掘与布局'] },
      { overall: 2, content: 1, recommend: '不愿意', comment: '时间太短' },
      { overall: 4, recommend: '不确定', topics: ['知识产权申请实务'], comment: '希望多些案例' },
    ];
    for (const answers of said) {
      ok(await submit(await trainee(session), session, answers));
      world.clock.advance(MINUTE_MS);
    }
    await trainee(session, '没填的学员'); // checked in, never answered
    return session;
  }

  it('the chief sees per question the average, the 1–5 distribution, option counts and the comments, newest first', async () => {
    const session = await ratedSession();
    const r = ok<Results>(await results(await chief(), session));
    expect(r.responses).toBe(4);
    expect(r.invited).toBe(5);
    expect(r.questionnaire).toEqual({ id: DEFAULT_TRAINING_QUESTIONNAIRE_ID, title: '培训满意度问卷' });
    const byId = Object.fromEntries(r.questions.map((q) => [q.questionId, q]));
    expect(byId.overall).toEqual({
      questionId: 'overall',
      kind: 'rating',
      title: '总体满意度',
      answered: 4,
      average: 3.8, // 15 / 4 = 3.75
      distribution: [0, 1, 0, 2, 1],
    });
    expect(byId.content).toMatchObject({ answered: 3, average: 3, distribution: [1, 0, 0, 2, 0] });
    expect(byId.lecturer).toMatchObject({ answered: 0, average: null, distribution: [0, 0, 0, 0, 0] });
    expect(byId.recommend).toMatchObject({
      kind: 'single',
      answered: 4,
      options: [
        { option: '愿意', count: 2 },
        { option: '不确定', count: 1 },
        { option: '不愿意', count: 1 },
      ],
    });
    const topics = byId.topics as Extract<Results['questions'][number], { kind: 'single' | 'multiple' }>;
    expect(topics.answered).toBe(3);
    expect(topics.options).toHaveLength(14);
    expect(topics.options.filter((o) => o.count > 0)).toEqual([
      { option: '知识产权申请实务', count: 1 },
      { option: '专利挖掘与布局', count: 2 },
      { option: '其他', count: 1 },
    ]);
    expect(byId.comment).toEqual({ questionId: 'comment', kind: 'text', title: '意见和建议', answered: 3 });
    expect(r.comments.items.map((c) => c.text)).toEqual(['希望多些案例', '时间太短', '很实用']);
    expect(r.comments.items[0]).toMatchObject({ questionId: 'comment', questionTitle: '意见和建议' });
  });

  it('pages the comments', async () => {
    const session = await ratedSession();
    const boss = await chief();
    const first = ok<Results>(await results(boss, session, 1, 2));
    const second = ok<Results>(await results(boss, session, 2, 2));
    expect(first.comments).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.comments.items.map((c) => c.text)).toEqual(['希望多些案例', '时间太短']);
    expect(second.comments.items.map((c) => c.text)).toEqual(['很实用']);
  });

  it('a trainee (even one who answered), a liaison and another station’s chief are refused; an admin may', async () => {
    const session = await ratedSession();
    const me = await trainee(session);
    ok(await submit(me, session, { overall: 5 }));
    expect(errorOf(await results(me, session)).code).toBe('FORBIDDEN');
    const plain = await world.actor('user');
    await seedCheckin(world.store, session, plain.userId);
    expect(errorOf(await results(plain, session)).code).toBe('FORBIDDEN');
    expect(errorOf(await results(await world.actor('liaison'), session)).code).toBe('FORBIDDEN');
    expect(errorOf(await results(await chief(OTHER_STATION), session))).toEqual({
      code: 'FORBIDDEN',
      message: '您只能处理本站点或本企业的记录',
    });
    expect(ok<Results>(await results(await world.actor('admin'), session)).responses).toBe(5);
  });
});

describe('wanted topics across sessions', () => {
  const wanted = (actor: Actor, input: Record<string, unknown> = {}) =>
    world.run('survey', { action: 'wantedTopics', stationId: OWN_STATION, ...input }, actor);

  it('counts the topics of every response to the station’s trainings, most wanted first, within a date range', async () => {
    const march3 = await startedSession(); // Monday 2025-03-03, 08:00
    for (const topics of [['专利挖掘与布局', '其他'], ['专利挖掘与布局'], ['融资中的知识产权问题']]) {
      ok(await submit(await trainee(march3), march3, { overall: 4, topics }));
    }
    ok(await submit(await trainee(march3), march3, { overall: 4 })); // no topics

    world.clock.advance(7 * DAY_MS); // a week later
    const march10 = await startedSession();
    for (const topics of [['融资中的知识产权问题', '专利检索与信息分析'], ['融资中的知识产权问题']]) {
      ok(await submit(await trainee(march10), march10, { overall: 5, topics }));
    }
    // Another station's session does not count.
    const elsewhere = await seedSession(world.store, OTHER_STATION, world.clock.now() - HOUR_MS);
    ok(await submit(await trainee(elsewhere), elsewhere, { overall: 5, topics: ['专利挖掘与布局'] }));

    const boss = await chief();
    expect(ok(await wanted(boss))).toEqual({
      items: [
        { topic: '融资中的知识产权问题', count: 3 },
        { topic: '专利挖掘与布局', count: 2 },
        { topic: '其他', count: 1 },
        { topic: '专利检索与信息分析', count: 1 },
      ],
      responses: 6,
      sessions: 2,
    });
    expect(ok(await wanted(boss, { from: '2025-03-04', to: '2025-03-10' }))).toEqual({
      items: [
        { topic: '融资中的知识产权问题', count: 2 },
        { topic: '专利检索与信息分析', count: 1 },
      ],
      responses: 2,
      sessions: 1,
    });
    expect(ok(await wanted(boss, { to: '2025-03-03' }))).toMatchObject({ responses: 4, sessions: 1 });
    expect(errorOf(await wanted(boss, { from: '2025-03-10', to: '2025-03-03' })).code).toBe('INVALID_INPUT');
    expect(errorOf(await wanted(await chief(OTHER_STATION))).code).toBe('FORBIDDEN');
  });
});

describe('a station’s own questionnaire', () => {
  it('the chief creates one (the topics question marked), lists it with the default, and sessions using it check answers by it', async () => {
    world.clock.advance(DAY_MS); // a day after the reference data was loaded
    const boss = await chief();
    const created = ok<OutputOf<'survey', 'createQuestionnaire'>>(
      await world.run(
        'survey',
        {
          action: 'createQuestionnaire',
          clientRequestId: newRequestId('q'),
          stationId: OWN_STATION,
          title: '专题讲座反馈',
          questions: [
            { kind: 'rating', title: '讲座整体评价', required: true },
            { kind: 'multiple', title: '还想听哪些专题', options: ['商标', '版权', '专利'], wantedTopics: true },
            { kind: 'text', title: '其他建议' },
          ],
        },
        boss,
      ),
    );
    expect(created.questions.map((q) => q.id)).toEqual(['q1', 'topics', 'q3']);
    expect(created).toMatchObject({ stationId: OWN_STATION, isDefault: false });

    const list = ok<OutputOf<'survey', 'listQuestionnaires'>>(
      await world.run('survey', { action: 'listQuestionnaires', stationId: OWN_STATION }, boss),
    );
    expect(list.items.map((q) => [q.title, q.questionCount])).toEqual([
      ['专题讲座反馈', 3],
      ['培训满意度问卷', 7],
    ]);
    const otherList = ok<OutputOf<'survey', 'listQuestionnaires'>>(
      await world.run('survey', { action: 'listQuestionnaires', stationId: OTHER_STATION }, await chief(OTHER_STATION)),
    );
    expect(otherList.items.map((q) => q.title)).toEqual(['培训满意度问卷']);

    const session = await startedSession({ questionnaireId: created.id });
    const me = await trainee(session);
    expect(errorOf(await submit(me, session, { overall: 5 })).fields).toEqual({
      'answers.overall': '问卷中没有这道题，请刷新后重新填写',
      'answers.q1': '讲座整体评价：此题为必答题',
    });
    ok(await submit(me, session, { q1: 4, topics: ['版权'] }));
    expect(ok(await world.run('survey', { action: 'wantedTopics', stationId: OWN_STATION }, boss))).toMatchObject({
      items: [{ topic: '版权', count: 1 }],
    });
  });

  it('refuses a choice question without options, and options on a rating', async () => {
    const e = errorOf(
      await world.run(
        'survey',
        {
          action: 'createQuestionnaire',
          clientRequestId: newRequestId('q'),
          stationId: OWN_STATION,
          title: '问卷',
          questions: [
            { kind: 'single', title: '选一个', options: ['只有一个'] },
            { kind: 'rating', title: '打分', options: ['a', 'b'] },
          ],
        },
        await chief(),
      ),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect(Object.values(e.fields ?? {})).toEqual(
      expect.arrayContaining([expect.stringContaining('至少需要 2 个选项'), expect.stringContaining('只有选择题')]),
    );
    expect(await world.store.count('questionnaires', { stationId: OWN_STATION })).toBe(0);
  });
});
