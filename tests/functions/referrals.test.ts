/**
 * Clue referrals through the runtime (referral.*), with the world's test clock: station staff refer
 * a rights-protection clue from a record, visit or request of their station (with the company's
 * consent or without it: then the receiving side reads 「企业未同意披露」), evidence only from the
 * caller's uploads, bad input writes nothing; each side lists what is theirs; the receiving station
 * takes the steps in order only, and of two receivers taking the same step one gets CONFLICT.
 */
import type { ReferralDetail, ReferralSummary } from '../../core/contract';
import type { PageOf } from '../../core/contract/common';
import type { ClueReferralDoc, NotificationDoc, StationDoc } from '../../core/store/docs';
import { seedRecord } from '../support/archive-seed';
import { failed, ok } from '../support/envelope';
import { OWN_STATION, newRequestId } from '../support/fixtures';
import { seedRequest } from '../support/request-seed';
import { pngBytes } from '../support/upload-files';
import { seedVisit } from '../support/visit-seed';
import { createWorld, seedCompany, seedMember, type Actor, type World } from '../support/world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(() => world.close());

const now = () => world.clock.now();
const call = (action: string, input: Record<string, unknown>, actor: Actor | null) =>
  world.run('referral', { action, ...input }, actor);

let stationSeq = 0;
/** A station of its own, copied from a reference one (its kind decides whether it takes clues). */
async function newStation(copyOf: string): Promise<string> {
  const seeded = (await world.store.get<StationDoc>('stations', copyOf))!;
  const id = `st-ref-${++stationSeq}`;
  await world.store.insert<StationDoc>('stations', { ...seeded, _id: id, name: `测试站点${stationSeq}` });
  return id;
}

/**
 * A workstation (liaison, chief, expert, a company and a rights-clue record the liaison wrote), a
 * city protection center (two liaisons, a chief), a third workstation (liaison) and an admin.
 */
async function scene() {
  const stationId = await newStation(OWN_STATION);
  const centerId = await newStation('st-city-center');
  const thirdId = await newStation(OWN_STATION);
  const member = (role: 'liaison' | 'chief' | 'expert' | 'admin', stationId: string | null, name: string) =>
    seedMember(world.store, now(), role, stationId ? { stationId } : {}, name);
  const companyId = await seedCompany(world.store, now(), stationId);
  const liaison = await member('liaison', stationId, '孙联络');
  const s = {
    stationId,
    centerId,
    thirdId,
    companyId,
    liaison,
    chief: await member('chief', stationId, '钱站长'),
    expert: await member('expert', stationId, '吴专家'),
    centerLiaison: await member('liaison', centerId, '中心联络甲'),
    centerLiaison2: await member('liaison', centerId, '中心联络乙'),
    centerChief: await member('chief', centerId, '中心主任'),
    thirdLiaison: await member('liaison', thirdId, '外站联络'),
    admin: await member('admin', null, '市局管理员'),
  };
  const recordId = await seedRecord(world.store, now(), stationId, companyId, {
    consultantId: liaison.userId,
    rightsClue: true,
    companyName: '北京线索科技有限公司',
  });
  return { ...s, recordId };
}
type Scene = Awaited<ReturnType<typeof scene>>;

const referralInput = (s: Scene, overrides: Record<string, unknown> = {}) => ({
  clientRequestId: newRequestId('ref'),
  source: { kind: 'record', id: s.recordId },
  target: { kind: 'station', stationId: s.centerId },
  summary: '企业反映其注册商标被他人在电商平台大量仿冒使用，已收集部分购买凭证',
  companyConsent: true,
  ...overrides,
});

const refer = async (s: Scene, by: Actor, overrides: Record<string, unknown> = {}) =>
  ok<ReferralDetail>(await call('createReferral', referralInput(s, overrides), by));

const advance = (referralId: string, step: string, by: Actor, extra: Record<string, unknown> = {}) =>
  call('advanceReferral', { referralId, step, ...extra }, by);

const listIds = async (by: Actor, input: Record<string, unknown> = {}) =>
  ok<PageOf<ReferralSummary>>(await call('listReferrals', { pageSize: 50, ...input }, by)).items.map((r) => r.id);

const referralCount = () => world.store.count('clue_referrals', {});

/** A PNG the caller stored in their upload folder and registered: its upload id. */
async function upload(actor: Actor): Promise<string> {
  const stored = await world.files.put(`uploads/${actor.userId}/e.png`, new Uint8Array(pngBytes()), 'image/png');
  return ok<{ id: string }>(
    await world.run(
      'files',
      { action: 'register', fileId: stored.fileId, name: '购买凭证.png', purpose: 'referral' },
      actor,
    ),
  ).id;
}

const noticesOf = (userId: string, kind: string) =>
  world.store.find<NotificationDoc>('notifications', { where: { userId, kind } });

describe('referring a clue (referral.createReferral)', () => {
  it('from a record with consent: the center reads the company and the evidence; its liaisons and chief are told', async () => {
    const s = await scene();
    const evidence = await upload(s.liaison);

    const created = await refer(s, s.liaison, { attachments: [evidence] });

    expect(created).toMatchObject({
      status: 'referred',
      fromStationId: s.stationId,
      target: { kind: 'station', stationId: s.centerId, name: expect.stringContaining('测试站点') },
      source: { kind: 'record', id: s.recordId },
      companyName: '北京线索科技有限公司',
      companyId: s.companyId,
      side: 'sender',
      steps: [],
      attachments: [expect.objectContaining({ id: evidence, name: '购买凭证.png' })],
      history: [{ at: now(), byName: '孙联络', event: 'created', status: 'referred' }],
    });
    const atCenter = ok<ReferralDetail>(await call('getReferral', { referralId: created.id }, s.centerLiaison));
    expect(atCenter).toMatchObject({ companyName: '北京线索科技有限公司', side: 'receiver', steps: ['receive'] });
    for (const who of [s.centerLiaison, s.centerLiaison2, s.centerChief]) {
      expect(await noticesOf(who.userId, 'referral.referred')).toEqual([
        expect.objectContaining({ title: '收到维权线索移交', link: expect.stringContaining('referralId=') }),
      ]);
    }
  });

  it('without consent: the center and the admin read 「企业未同意披露」 and no company id; the referring station still knows it', async () => {
    const s = await scene();

    const created = await refer(s, s.chief, { companyConsent: false });

    const atCenter = ok<ReferralDetail>(await call('getReferral', { referralId: created.id }, s.centerChief));
    const atAdmin = ok<ReferralDetail>(await call('getReferral', { referralId: created.id }, s.admin));
    expect([atCenter.companyName, atCenter.companyId, atAdmin.companyName, atAdmin.companyId]).toEqual([
      '企业未同意披露',
      undefined,
      '企业未同意披露',
      undefined,
    ]);
    expect(created).toMatchObject({ companyName: '北京线索科技有限公司', companyConsent: false });
  });

  it('from a visit or a request of the station too; an expert only from a record they gave', async () => {
    const s = await scene();
    const visitId = await seedVisit(world.store, now(), s.stationId, s.companyId, { createdBy: s.liaison.userId });
    const requestId = await seedRequest(world.store, now(), s.stationId, s.companyId, { status: 'in_progress' });
    const expertRecord = await seedRecord(world.store, now(), s.stationId, s.companyId, {
      consultantId: s.expert.userId,
    });

    const fromVisit = await refer(s, s.chief, { source: { kind: 'visit', id: visitId } });
    const fromRequest = await refer(s, s.liaison, { source: { kind: 'request', id: requestId } });
    const byExpert = await refer(s, s.expert, { source: { kind: 'record', id: expertRecord } });
    const expertOnOthers = await call('createReferral', referralInput(s), s.expert);

    expect([fromVisit.source.kind, fromRequest.source.kind, byExpert.createdByName]).toEqual([
      'visit',
      'request',
      '吴专家',
    ]);
    failed(expertOnOthers, 'FORBIDDEN');
  });

  it("refuses another station's record, a missing source, and evidence that is not the caller's: nothing written", async () => {
    const s = await scene();
    const before = await referralCount();
    const othersUpload = await upload(s.chief);

    const fromOther = await call('createReferral', referralInput(s), s.thirdLiaison);
    const missing = await call(
      'createReferral',
      referralInput(s, { source: { kind: 'visit', id: 'visit:nope' } }),
      s.liaison,
    );
    const foreignEvidence = await call('createReferral', referralInput(s, { attachments: [othersUpload] }), s.liaison);

    failed(fromOther, 'FORBIDDEN');
    expect(failed(missing, 'NOT_FOUND').message).toContain('走访记录不存在');
    expect(failed(foreignEvidence, 'INVALID_INPUT').fields).toEqual({
      attachments: '证据材料：文件不存在或不是您上传的，请重新上传',
    });
    expect(await referralCount()).toBe(before);
  });

  it('answers bad input with a Chinese message per field and writes nothing', async () => {
    const s = await scene();
    const before = await referralCount();

    const env = await call(
      'createReferral',
      referralInput(s, { summary: '太短', target: { kind: 'agency', name: '', contact: '' } }),
      s.liaison,
    );
    const toSelf = await call(
      'createReferral',
      referralInput(s, { target: { kind: 'station', stationId: s.stationId } }),
      s.liaison,
    );
    const toWorkstation = await call(
      'createReferral',
      referralInput(s, { target: { kind: 'station', stationId: s.thirdId } }),
      s.liaison,
    );

    expect(failed(env, 'INVALID_INPUT').fields).toEqual({
      summary: '线索摘要：至少 10 个字',
      'target.name': '机构名称：不能为空',
      'target.contact': '机构联系方式：不能为空',
    });
    expect(failed(toSelf, 'INVALID_INPUT').fields).toEqual({
      'target.stationId': '接收机构：不能移交给本站点，请选择维权援助机构',
    });
    expect(failed(toWorkstation, 'INVALID_INPUT').fields?.['target.stationId']).toContain('维权援助服务站');
    expect(await referralCount()).toBe(before);
  });

  it('a retry of one submission is the same referral', async () => {
    const s = await scene();
    const input = referralInput(s);

    const first = ok<ReferralDetail>(await call('createReferral', input, s.liaison));
    const again = ok<ReferralDetail>(await call('createReferral', input, s.liaison));

    expect(again.id).toBe(first.id);
    expect(await world.store.count('clue_referrals', { fromStationId: s.stationId })).toBe(1);
  });
});

describe('who sees which referrals (referral.listReferrals)', () => {
  it('admin all; the referring station its own; the receiving station what it received; another station nothing', async () => {
    const s = await scene();
    const toCenter = await refer(s, s.liaison);
    const toAgency = await refer(s, s.liaison, {
      target: { kind: 'agency', name: '某律师事务所', contact: '010-88886666' },
    });
    const adminIds = await listIds(s.admin);

    expect({
      admin: [toCenter.id, toAgency.id].every((id) => adminIds.includes(id)),
      referring: (await listIds(s.chief)).sort(),
      referringSent: (await listIds(s.liaison, { box: 'sent' })).sort(),
      receiving: await listIds(s.centerLiaison),
      receivingSent: await listIds(s.centerLiaison, { box: 'sent' }),
      other: await listIds(s.thirdLiaison),
      expert: await listIds(s.expert),
    }).toEqual({
      admin: true,
      referring: [toCenter.id, toAgency.id].sort(),
      referringSent: [toCenter.id, toAgency.id].sort(),
      receiving: [toCenter.id],
      receivingSent: [],
      other: [],
      expert: [],
    });
  });

  it("refuses a station's staff another station's box, and a stranger one referral", async () => {
    const s = await scene();
    const r = await refer(s, s.liaison);

    failed(await call('listReferrals', { stationId: s.centerId }, s.thirdLiaison), 'FORBIDDEN');
    failed(await call('getReferral', { referralId: r.id }, s.thirdLiaison), 'FORBIDDEN');
    failed(await call('getReferral', { referralId: r.id }, s.expert), 'FORBIDDEN');
  });
});

describe('the receiving side moves it (referral.advanceReferral)', () => {
  it('已移交 → 已接收 → 处理中 → 办结 with a result; the referring station is told of each step', async () => {
    const s = await scene();
    const r = await refer(s, s.liaison);

    ok(await advance(r.id, 'receive', s.centerLiaison));
    world.clock.advance(60_000);
    ok(await advance(r.id, 'start', s.centerChief));
    world.clock.advance(60_000);
    const closed = ok<ReferralDetail>(
      await advance(r.id, 'close', s.centerLiaison2, { result: '已受理维权援助申请，指导企业向平台投诉并固定证据' }),
    );

    expect(closed).toMatchObject({
      status: 'closed',
      result: '已受理维权援助申请，指导企业向平台投诉并固定证据',
      closedAt: now(),
      steps: [],
    });
    expect(closed.history.map((h) => [h.event, h.byName])).toEqual([
      ['created', '孙联络'],
      ['received', '中心联络甲'],
      ['started', '中心主任'],
      ['closed', '中心联络乙'],
    ]);
    const told = [
      ...(await noticesOf(s.liaison.userId, 'referral.received')),
      ...(await noticesOf(s.chief.userId, 'referral.started')),
      ...(await noticesOf(s.chief.userId, 'referral.closed')),
    ];
    expect(told.map((n) => n.title)).toEqual(['线索已接收', '线索处理中', '线索已办结']);
  });

  it('steps go in order only: no skipping, nothing after 办结, and the referring station cannot move it', async () => {
    const s = await scene();
    const r = await refer(s, s.liaison);

    const skip = await advance(r.id, 'close', s.centerLiaison, { result: '直接办结的结果说明' });
    const bySender = await advance(r.id, 'receive', s.chief);
    ok(await advance(r.id, 'receive', s.centerLiaison));
    const again = await advance(r.id, 'receive', s.centerLiaison2);

    expect(failed(skip, 'CONFLICT').message).toContain('请按 确认接收 → 开始处理 → 办结 的顺序办理');
    failed(bySender, 'FORBIDDEN');
    expect(failed(again, 'CONFLICT').message).toBe('线索移交状态已变化，请刷新后重试');
  });

  it('closing needs a result (a Chinese field message), and an admin may take a step', async () => {
    const s = await scene();
    const r = await refer(s, s.liaison);
    ok(await advance(r.id, 'receive', s.admin));
    ok(await advance(r.id, 'start', s.admin));

    const noResult = await advance(r.id, 'close', s.centerLiaison);

    expect(failed(noResult, 'INVALID_INPUT').fields).toEqual({ result: '办理结果：办结时必填' });
    expect((await world.store.get<ClueReferralDoc>('clue_referrals', r.id))?.status).toBe('handling');
  });

  it('an agency outside the network: the referring station records its progress', async () => {
    const s = await scene();
    const r = await refer(s, s.liaison, { target: { kind: 'agency', name: '某律师事务所', contact: '010-88886666' } });

    const received = ok<ReferralDetail>(await advance(r.id, 'receive', s.chief));

    expect(received).toMatchObject({ status: 'received', steps: ['start'], target: { kind: 'agency' } });
  });

  it('two receivers taking the same step at once: one lands, the other gets CONFLICT', async () => {
    const s = await scene();
    const r = await refer(s, s.liaison);

    const results = await Promise.all([
      advance(r.id, 'receive', s.centerLiaison),
      advance(r.id, 'receive', s.centerLiaison2),
    ]);

    expect(results.map((e) => (e.ok ? 'ok' : e.error.code)).sort()).toEqual(['CONFLICT', 'ok']);
    const stored = await world.store.get<ClueReferralDoc>('clue_referrals', r.id);
    expect(stored?.history).toHaveLength(2);
  });
});
