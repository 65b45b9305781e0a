/**
 * WeChat subscribe messages and timer triggers on CloudBase, through the REAL wx-server-sdk with
 * only its network replaced (./cloudbase-boundary for the request spy, ./openapi-boundary for
 * the protobuf of openapi calls). Tested at the SDK boundary, not at the `cloud.openapi` object:
 * `cloud.openapi.subscribeMessage.send` really encodes the call and really turns WeChat's errcode
 * 43101 into the CloudSDKError the notifier sees.
 */
import type * as WxCloud from 'wx-server-sdk';
import type { Notice } from '../../core/ports';
import { inboxNotifier } from '../../cloudfunctions/_shared/inbox';
import { createCloudbaseStore } from '../../cloudfunctions/_shared/cloudbase/store';
import {
  fitValue,
  openidOf,
  parseSubscribeTemplates,
  subscribeNotifier,
  type SubscribeApi,
} from '../../cloudfunctions/_shared/cloudbase/subscribe';
import { createCloudMain } from '../../cloudfunctions/_shared/cloudbase/main';
import { handlers as jobsHandlers } from '../../cloudfunctions/jobs/handlers';
import { TIMER_ACTIONS } from '../../cloudfunctions/jobs/index';
import { capturingLogger, type CapturingLogger } from '../support/logger';
import { testClock } from '../support/clock';
import { FakeCloud } from './cloudbase-boundary';
import { openApiAnswer, openApiRequest } from './openapi-boundary';

const cloud = require('wx-server-sdk') as typeof WxCloud;

const fake = new FakeCloud();
let log: CapturingLogger;

beforeAll(() => {
  fake.install();
  cloud.init({ env: 'test-env' });
});
beforeEach(() => {
  log = capturingLogger();
});
afterEach(() => {
  const pending = fake.pending();
  const network = fake.networkAttempts.splice(0);
  fake.reset();
  jest.restoreAllMocks();
  fake.uninstall();
  fake.install();
  expect(pending).toEqual([]);
  expect(network).toEqual([]);
});
afterAll(() => fake.uninstall());

const ok = (data: Record<string, unknown>) => ({ requestId: 'req-1', data });
const found = (...docs: unknown[]) => ok({ list: docs.map((d) => JSON.stringify(d)) });

const TEMPLATES = JSON.stringify({
  'booking.reminder.day': {
    templateId: 'tpl-day',
    data: { thing1: 'title', time2: 'time', thing3: 'station', name4: 'consultant' },
  },
  'booking.cancelled': 'tpl-cancel',
});

const reminder: Notice = {
  userId: 'wx_oUser-1',
  kind: 'booking.reminder.day',
  title: '咨询提醒：明天 09:00',
  body: '您预约的咨询将于明天 09:00开始',
  link: '/packages/consult/pages/booking/index?bookingId=bk1',
  facts: {
    time: '2025年3月4日 09:00',
    station: '中关村知识产权公共服务工作站（海淀区中关村大街）',
    consultant: '欧阳专家顾问团队首席官',
  },
};

function notifier() {
  const store = createCloudbaseStore(cloud.database());
  return subscribeNotifier({
    inbox: inboxNotifier(store, testClock()),
    openapi: cloud.openapi as SubscribeApi,
    templates: parseSubscribeTemplates(TEMPLATES, log),
    log,
  });
}

describe('the CloudBase notifier', () => {
  it('writes the inbox notice, then sends the subscribe message the template maps', async () => {
    fake.answer('database.insertDocument', ok({ insertedIds: ['n1'] }));
    fake.answer('wx.openApi', openApiAnswer({ errcode: 0, errmsg: 'ok', msgid: 2001 }));
    await notifier().notify(reminder);
    expect(fake.actions()).toEqual(['database.insertDocument', 'wx.openApi']);
    const inserted = JSON.parse(String(fake.api[0]!.params.data));
    expect(inserted).toMatchObject({ userId: 'wx_oUser-1', kind: 'booking.reminder.day', read: false });
    expect(inserted).not.toHaveProperty('facts');
    expect(openApiRequest(fake.api[1]!)).toEqual({
      apiName: 'subscribeMessage.send',
      data: {
        touser: 'oUser-1',
        template_id: 'tpl-day',
        page: 'packages/consult/pages/booking/index?bookingId=bk1',
        data: {
          thing1: { value: '咨询提醒：明天 09:00' },
          time2: { value: '2025年3月4日 09:00' },
          thing3: { value: '中关村知识产权公共服务工作站（海淀区中…' }, // cut to WeChat's 20
          name4: { value: '欧阳专家顾问团队首…' }, // cut to 10
        },
      },
    });
    expect(log.entries).toEqual([]);
  });

  it('a user who did not subscribe (43101) is not an error: logged, the inbox notice stays', async () => {
    fake.answer('database.insertDocument', ok({ insertedIds: ['n2'] }));
    fake.answer('wx.openApi', openApiAnswer({ errcode: 43101, errmsg: 'user refuse to accept the msg' }));
    await expect(notifier().notify(reminder)).resolves.toBeUndefined();
    expect(fake.actions()).toEqual(['database.insertDocument', 'wx.openApi']);
    expect(log.errors()).toEqual([]);
    expect(log.entries).toEqual([
      expect.objectContaining({ level: 'info', meta: expect.objectContaining({ errCode: 43101 }) }),
    ]);
  });

  it('any other send failure is logged and swallowed too', async () => {
    fake.answer('database.insertDocument', ok({ insertedIds: ['n3'] }));
    fake.answer('wx.openApi', { requestId: 'req-x', code: 'SYS_ERR', message: 'openapi unavailable' });
    await expect(notifier().notify(reminder)).resolves.toBeUndefined();
    expect(log.errors()).toHaveLength(1);
    expect(log.errors()[0]!.msg).toBe('subscribe message failed');
  });

  it('the shorthand template id fills thing1 with the title and thing2 with the body', async () => {
    fake.answer('database.insertDocument', ok({ insertedIds: ['n4'] }));
    fake.answer('wx.openApi', openApiAnswer({ errcode: 0, errmsg: 'ok' }));
    await notifier().notify({ userId: 'wx_o2', kind: 'booking.cancelled', title: '咨询预约已取消', body: '短' });
    const sent = openApiRequest(fake.api[1]!).data;
    expect(sent).toEqual({
      touser: 'o2',
      template_id: 'tpl-cancel',
      data: { thing1: { value: '咨询预约已取消' }, thing2: { value: '短' } },
    });
  });

  it('sends nothing but the inbox notice for a kind without a template, or a user without an OPENID', async () => {
    fake.answer('database.insertDocument', ok({ insertedIds: ['n5'] }));
    fake.answer('database.insertDocument', ok({ insertedIds: ['n6'] }));
    await notifier().notify({ ...reminder, kind: 'company.confirmed' });
    await notifier().notify({ ...reminder, userId: 'host-user-1' });
    expect(fake.actions()).toEqual(['database.insertDocument', 'database.insertDocument']);
  });
});

describe('subscribe configuration', () => {
  it('reads SUBSCRIBE_TEMPLATES; bad JSON or a malformed entry is logged and left out', () => {
    expect(parseSubscribeTemplates(undefined, log)).toEqual({});
    expect(parseSubscribeTemplates('{nope', log)).toEqual({});
    expect(parseSubscribeTemplates('["tpl"]', log)).toEqual({});
    expect(
      parseSubscribeTemplates(
        JSON.stringify({ a: 'tpl-a', b: { templateId: 'tpl-b' }, c: { templateId: 'x', data: { k: 1 } } }),
        log,
      ),
    ).toEqual({ a: { templateId: 'tpl-a', data: { thing1: 'title', thing2: 'body' } } });
    expect(log.errors()).toHaveLength(4);
  });

  it("fits values to WeChat's limits per keyword type, counting characters", () => {
    expect(fitValue('thing1', '一二三四五六七八九十一二三四五六七八九十')).toBe(
      '一二三四五六七八九十一二三四五六七八九十',
    );
    expect(fitValue('thing1', '一二三四五六七八九十一二三四五六七八九十多')).toBe(
      '一二三四五六七八九十一二三四五六七八九…',
    );
    expect(fitValue('phrase3', '已经取消了')).toBe('已经取消了');
    expect(fitValue('phrase3', '已经被取消了')).toBe('已经被取…');
    expect(fitValue('time2', '2025年3月4日 09:00')).toBe('2025年3月4日 09:00');
  });

  it('messages only WeChat users (wx_<OPENID>)', () => {
    expect(openidOf('wx_oAbC-123')).toBe('oAbC-123');
    expect(openidOf('wx_')).toBeNull();
    expect(openidOf('u-host-1')).toBeNull();
  });
});

describe('the jobs function on CloudBase: who is the timer', () => {
  // The trigger's first three jobs, whose store calls are answered below one by one; the
  // statistics rollup (the fourth) has its own tests against both stores (tests/functions/rollups.test.ts).
  const NOTICE_JOBS = [
    'sendReminders',
    'sendSurveyInvites',
    'sweepOverdueRequests',
    'sweepOverdueComplaints',
    'sweepEvaluationCorrections',
    'resumePushes',
    'sweepStudioStages',
  ] as const;
  const main = () => createCloudMain('jobs', jobsHandlers, { timers: { reminders: NOTICE_JOBS } });

  it('the trigger runs every timer job, the statistics rollup last', () => {
    expect(TIMER_ACTIONS.reminders).toEqual([...NOTICE_JOBS, 'rollUpStats']);
  });

  const timerEvent = { Type: 'Timer', TriggerName: 'reminders', Time: '2025-03-03T01:00:00Z', Message: '' };

  it('a timer event without an OPENID is the system caller, running the trigger’s actions in turn', async () => {
    jest.spyOn(cloud, 'getWXContext').mockReturnValue({} as never);
    fake.answer('database.getDocument', found()); // no booking due
    fake.answer('database.getDocument', found()); // no training ended lately
    fake.answer('database.getDocument', found()); // no assignment answer overdue
    fake.answer('database.getDocument', found()); // none to escalate
    fake.answer('database.getDocument', found()); // no complaint answer overdue
    fake.answer('database.getDocument', found()); // no complaint review overdue
    fake.answer('database.getDocument', found()); // no evaluation correction lapsed
    fake.answer('database.getDocument', found()); // no push still sending
    fake.answer('database.getDocument', found()); // no studio application overdue
    const result = await main()(timerEvent);
    expect(result).toEqual({
      ok: true,
      data: {
        sendReminders: { checked: 0, sent: 0 },
        sendSurveyInvites: { sessions: 0, sent: 0 },
        sweepOverdueRequests: { checked: 0, overdue: 0, escalated: 0 },
        sweepOverdueComplaints: { checked: 0, overdue: 0 },
        sweepEvaluationCorrections: { checked: 0, lapsed: 0 },
        resumePushes: { pushes: 0, sent: 0 },
        sweepStudioStages: { checked: 0, reminded: 0 },
      },
    });
    expect(fake.actions()).toEqual(Array(9).fill('database.getDocument'));
    const query = String(fake.api[0]!.params.query);
    expect(fake.api[0]!.params.collectionName).toBe('bookings');
    expect(query).toContain('"status":"booked"');
    expect(fake.api[1]!.params.collectionName).toBe('trainings');
    expect(String(fake.api[1]!.params.query)).toContain('"status":"published"');
    // The sweep reads only the unmarked due ones: a null mark matches the absent field.
    expect(fake.api[2]!.params.collectionName).toBe('service_requests');
    expect(String(fake.api[2]!.params.query)).toContain('"overdueAt":null');
    expect(String(fake.api[3]!.params.query)).toContain('"escalatedAt":null');
    expect(fake.api[4]!.params.collectionName).toBe('complaints');
    expect(String(fake.api[4]!.params.query)).toContain('"overdueAt":null');
    expect(fake.api[6]!.params.collectionName).toBe('eval_submissions');
    expect(String(fake.api[6]!.params.query)).toContain('"lapsedAt":null');
    expect(fake.api[7]!.params.collectionName).toBe('pushes');
    expect(String(fake.api[7]!.params.query)).toContain('"status":"sending"');
    expect(fake.api[8]!.params.collectionName).toBe('studio_applications');
  });

  it('a timer-shaped event from a user (an OPENID is present) is that user: FORBIDDEN', async () => {
    jest.spyOn(cloud, 'getWXContext').mockReturnValue({ OPENID: 'oSneaky' } as never);
    fake.answer(
      'database.getDocument',
      found({ _id: 'wx_oSneaky', displayName: '用户', createdAt: { $numberLong: '1' } }),
    );
    fake.answer('database.getDocument', found()); // no memberships
    const result = await main()({ ...timerEvent, action: 'sendReminders' });
    expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '此操作仅由系统定时任务执行' } });
  });

  it('a call without an OPENID that is not a timer event is anonymous: UNAUTHENTICATED, no database read', async () => {
    jest.spyOn(cloud, 'getWXContext').mockReturnValue({} as never);
    const result = await main()({ action: 'sendReminders' });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(fake.actions()).toEqual([]);
  });

  it('a timer whose name maps to no action is an unknown action', async () => {
    jest.spyOn(cloud, 'getWXContext').mockReturnValue({} as never);
    const result = await main()({ ...timerEvent, TriggerName: 'other' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it.each(['__proto__', 'constructor', 'toString'])('a timer named %s is an unknown action too', async (name) => {
    jest.spyOn(cloud, 'getWXContext').mockReturnValue({} as never);
    const result = await main()({ ...timerEvent, TriggerName: name });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(fake.actions()).toEqual([]);
  });
});
