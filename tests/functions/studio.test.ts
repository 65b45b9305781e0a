/**
 * The mobile studio through the real host (studio.*): a company applies with the appendix A form;
 * the town branch of its area, the city bureau's IP section and the city bureau decide in turn;
 * a return goes back to the applicant and a resubmission to the same stage, the history kept;
 * final approval waits for 001 §6.4's staffing, then numbers the studio and founds it as a
 * service point; a town branch sees and decides only its own area's; two approvers at once: one
 * wins; 200 final approvals at once: 200 consecutive numbers; the PDF's text names the company,
 * the number and the opinions; a stage past its time reminds its approvers once.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Station, StudioApplication } from '../../core/contract';
import type { Role } from '../../core/enums';
import { STUDIO_NUMBER_PREFIX, studioNumber } from '../../core/rules/studio';
import { formatShanghai } from '../../core/rules/time';
import { newMembership, grantAndAct } from '../../cloudfunctions/_shared/memberships';
import { DAY } from '../support/clock';
import { newRequestId } from '../support/fixtures';
import { expectError, expectOk, startTestHost, type TestHost } from '../support/host';
import { FULL_STAFF, seedStudioApplication, studioForm } from '../support/studio-seed';
import { DEMO_COMPANY_ID, DEMO_STATION_ID } from '../../server/demo';

let t: TestHost;
let company: string;
let branch: string;
let otherBranch: string;
let section: string;
let bureau: string;
const tmp = mkdtempSync(join(tmpdir(), 'studio-'));

/** A registered person granted `role` (over `district` for a town branch) and acting for it. */
async function approver(role: Role, district?: 'haidian' | 'chaoyang'): Promise<string> {
  const session = await t.register(role);
  const grant = newMembership(session.user.id, role, district ? { district } : {}, 'seed', t.clock.now());
  await t.host.store.transaction((tx) => grantAndAct(tx, grant));
  return session.token;
}

beforeAll(async () => {
  t = await startTestHost();
  company = await t.login('company');
  branch = await approver('studio_branch', 'haidian');
  otherBranch = await approver('studio_branch', 'chaoyang');
  section = await approver('studio_section');
  bureau = await approver('studio_bureau');
}, 60_000);
afterAll(async () => {
  await t.close();
  rmSync(tmp, { recursive: true, force: true });
});

const apply = async () =>
  expectOk(
    await t.call(
      'studio',
      'submitApplication',
      { clientRequestId: newRequestId('sa'), companyId: DEMO_COMPANY_ID, form: studioForm() },
      company,
    ),
  );
const DECIDE = { branch: 'decideAtBranch', section: 'decideAtSection', bureau: 'decideAtBureau' } as const;
const decide = (a: StudioApplication, token: string, decision: string, opinion: string) =>
  t.call('studio', DECIDE[a.stage], { applicationId: a.id, version: a.version, decision, opinion }, token);
const get = async (id: string, token = company) =>
  expectOk(await t.call('studio', 'getApplication', { applicationId: id }, token));

describe('the three-stage approval', () => {
  it('goes branch → section → bureau, waits for the staffing, then numbers and founds the studio', async () => {
    let a = await apply();
    expect(a).toMatchObject({ status: 'reviewing', stage: 'branch', district: 'haidian', canResubmit: false });
    // One open application per company.
    expectError(
      await t.call(
        'studio',
        'submitApplication',
        { clientRequestId: newRequestId('sa'), companyId: DEMO_COMPANY_ID, form: studioForm() },
        company,
      ),
      'CONFLICT',
    );
    expect((await get(a.id, branch)).canDecide).toBe(true);
    a = expectOk(await decide(a, branch, 'approve', '企业符合设立条件，同意上报'));
    expect(a.stage).toBe('section');
    a = expectOk(await decide(await get(a.id, section), section, 'approve', '材料齐全，同意'));
    expect(a.stage).toBe('bureau');

    const refused = expectError(await decide(await get(a.id, bureau), bureau, 'approve', '同意设立'), 'CONFLICT');
    expect(refused.message).toContain('人员配备尚未达到要求');
    expect(refused.message).toContain('知识产权服务机构至少2名专职工作人员');
    a = expectOk(await t.call('studio', 'saveStaff', { applicationId: a.id, staff: FULL_STAFF }, company));
    expect(a.staffingGaps).toEqual([]);

    // The demo's own studio took this year's first number: this one is the next.
    const year = Number(formatShanghai(t.clock.now(), 'YYYY'));
    const counter = await t.host.store.get<{ _id: string; seq: number }>('studio_counters', `number:${year}`);
    a = expectOk(await decide(a, bureau, 'approve', '同意设立，请按规范开展服务'));
    expect(a).toMatchObject({ status: 'approved', number: studioNumber(year, (counter?.seq ?? 0) + 1) });
    expect(a.history.map((s) => [s.stage, s.kind])).toEqual([
      ['branch', 'submit'],
      ['branch', 'approve'],
      ['section', 'approve'],
      ['bureau', 'approve'],
    ]);
    const studio = expectOk(await t.call('directory', 'getStation', { stationId: a.studioStationId! }, null));
    expect(studio.station).toMatchObject({
      kind: 'mobile_studio',
      name: '北京示例智能科技有限公司知识产权保护流动工作室',
    });
    const network = expectOk(await t.call('directory', 'listStations', { kind: 'mobile_studio' }, null));
    expect(network.items.map((s: Station) => s.id)).toContain(a.studioStationId);

    // The studio serves through requests under the studio categories; its year sums them up.
    expectOk(
      await t.call(
        'request',
        'createRequest',
        {
          clientRequestId: newRequestId('req'),
          stationId: a.studioStationId!,
          category: 'studio_rapid',
          description: '电商平台出现仿冒我司外观专利的产品，需要快速维权指导。',
        },
        company,
      ),
    );
    const summary = expectOk(
      await t.call('studio', 'studioSummary', { stationId: a.studioStationId!, year: Number(year) }, company),
    );
    expect(summary.number).toBe(a.number);
    expect(summary.services.find((x) => x.need === 'studio_rapid')).toEqual({
      need: 'studio_rapid',
      count: 1,
      closed: 0,
    });

    // The printed form: appendix A with the number and every opinion, Chinese text embedded.
    const pdf = expectOk(await t.call('studio', 'applicationPdf', { applicationId: a.id }, company));
    const file = join(tmp, 'application.pdf');
    writeFileSync(file, Buffer.from(await (await fetch(t.baseUrl + pdf.url)).arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const s of [
      '北京示例智能科技有限公司',
      a.number!,
      '企业符合设立条件，同意上报',
      '材料齐全，同意',
      '同意设立，请按规范开展服务',
      '镇街市场监督管理分局意见',
    ]) {
      expect(text).toContain(s);
    }
  });
});

describe('returned for correction', () => {
  it('goes back to the applicant and, resubmitted, to the same stage, keeping the history', async () => {
    const id = await seedStudioApplication(t.host.store, t.clock.now(), DEMO_COMPANY_ID, 'haidian', {
      stage: 'section',
      submittedBy: 'u-x',
    });
    let a = expectOk(await decide(await get(id, section), section, 'return', '请补充知识产权管理制度文件'));
    expect(a).toMatchObject({ status: 'returned', stage: 'section' });
    expect((await get(id, section)).canDecide).toBe(false);
    a = expectOk(
      await t.call(
        'studio',
        'resubmitApplication',
        { applicationId: id, version: a.version, form: studioForm({ ipSystemSince: 2020 }) },
        company,
      ),
    );
    expect(a).toMatchObject({ status: 'reviewing', stage: 'section' });
    expect(a.form.ipSystemSince).toBe(2020);
    expect(a.history.map((s) => [s.stage, s.kind, s.opinion])).toEqual([
      ['branch', 'submit', ''],
      ['section', 'return', '请补充知识产权管理制度文件'],
      ['section', 'resubmit', ''],
    ]);
    a = expectOk(await decide(a, section, 'reject', '不符合设立对象要求'));
    expect(a.status).toBe('rejected');
  });
});

describe('appointing the approvers', () => {
  it('only an admin appoints them; a town branch’s grant names the district of the station the code is issued at', async () => {
    const admin = await t.login('admin');
    const chief = await t.login('chief');
    const refused = expectError(
      await t.call(
        'account',
        'createInvitation',
        { clientRequestId: newRequestId('inv'), stationId: DEMO_STATION_ID, role: 'studio_branch' },
        chief,
      ),
      'FORBIDDEN',
    );
    expect(refused.message).toBe('镇街分局审批人须由市级管理员任命');
    const code = expectOk(
      await t.call(
        'account',
        'createInvitation',
        { clientRequestId: newRequestId('inv'), stationId: DEMO_STATION_ID, role: 'studio_branch' },
        admin,
      ),
    ).code;
    const session = await t.register('appointee');
    const me = expectOk(await t.call('account', 'redeemInvitation', { code }, session.token));
    expect(me.memberships.find((m) => m.role === 'studio_branch')).toMatchObject({ district: 'haidian' });
    const section = expectOk(
      await t.call(
        'account',
        'createInvitation',
        { clientRequestId: newRequestId('inv'), stationId: DEMO_STATION_ID, role: 'studio_section' },
        admin,
      ),
    ).code;
    const other = await t.register('section-appointee');
    const granted = expectOk(await t.call('account', 'redeemInvitation', { code: section }, other.token));
    const grant = granted.memberships.find((m) => m.role === 'studio_section')!;
    expect(grant.stationId).toBeUndefined();
    expect(grant.district).toBeUndefined();
  });
});

describe('each level over its own', () => {
  it('a town branch lists and decides only its own area’s applications', async () => {
    const ours = await seedStudioApplication(t.host.store, t.clock.now(), DEMO_COMPANY_ID, 'haidian');
    const theirs = await seedStudioApplication(t.host.store, t.clock.now(), 'co-far', 'chaoyang');
    const listed = expectOk(
      await t.call('studio', 'listApplications', { status: 'reviewing', stage: 'branch' }, branch),
    );
    expect(listed.items.map((i) => i.id)).toContain(ours);
    expect(listed.items.map((i) => i.id)).not.toContain(theirs);
    expect(listed.items.every((i) => i.district === 'haidian')).toBe(true);
    expectError(await t.call('studio', 'getApplication', { applicationId: theirs }, branch), 'FORBIDDEN');
    expectError(
      await t.call(
        'studio',
        'decideAtBranch',
        { applicationId: theirs, version: 1, decision: 'approve', opinion: '同意' },
        branch,
      ),
      'FORBIDDEN',
    );
    expectOk(
      await t.call(
        'studio',
        'decideAtBranch',
        { applicationId: theirs, version: 1, decision: 'approve', opinion: '同意' },
        otherBranch,
      ),
    );
    // The section cannot decide at the branch's stage, nor the branch at the section's.
    expectError(
      await t.call(
        'studio',
        'decideAtSection',
        { applicationId: ours, version: 1, decision: 'approve', opinion: '同意' },
        branch,
      ),
      'FORBIDDEN',
    );
    expect(
      expectError(
        await t.call(
          'studio',
          'decideAtSection',
          { applicationId: ours, version: 1, decision: 'approve', opinion: '同意' },
          section,
        ),
        'CONFLICT',
      ).message,
    ).toBe('该申请正由镇街市场监督管理分局审批');
  });

  it('two approvers deciding at once: one decision wins, the other is told', async () => {
    const id = await seedStudioApplication(t.host.store, t.clock.now(), DEMO_COMPANY_ID, 'haidian');
    const second = await approver('studio_branch', 'haidian');
    const input = (decision: string, opinion: string) => ({ applicationId: id, version: 1, decision, opinion });
    const [one, two] = await Promise.all([
      t.call('studio', 'decideAtBranch', input('approve', '同意上报'), branch),
      t.call('studio', 'decideAtBranch', input('return', '请补充材料'), second),
    ]);
    const outcomes = [one.body.ok, two.body.ok];
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    const loser = one.body.ok ? two : one;
    expect(loser.body.ok ? '' : loser.body.error.message).toBe('该申请刚刚已被他人处理，请刷新后查看');
    const after = await get(id, branch);
    expect(after.history.filter((s) => s.kind !== 'submit')).toHaveLength(1);
    expect(after.version).toBe(2);
  });
});

describe('numbering', () => {
  it('200 final approvals at once get 200 distinct, consecutive numbers', async () => {
    const N = 200;
    const ids: string[] = [];
    for (let i = 0; i < N; i++) {
      ids.push(
        await seedStudioApplication(t.host.store, t.clock.now(), `co-num-${i}`, 'haidian', {
          stage: 'bureau',
          staff: FULL_STAFF,
        }),
      );
    }
    const before = expectOk(
      await t.call('directory', 'listStations', { kind: 'mobile_studio', pageSize: 1 }, null),
    ).total;
    const replies = await Promise.all(
      ids.map((applicationId) =>
        t.call(
          'studio',
          'decideAtBureau',
          { applicationId, version: 1, decision: 'approve', opinion: '同意设立' },
          bureau,
        ),
      ),
    );
    const numbers = replies.map((r) => expectOk(r).number!);
    const year = formatShanghai(t.clock.now(), 'YYYY');
    const seqs = numbers.map((n) => Number(n.slice(`${STUDIO_NUMBER_PREFIX}-${year}-`.length))).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(N);
    const first = seqs[0]!;
    expect(seqs).toEqual(Array.from({ length: N }, (_, i) => first + i));
    const after = expectOk(
      await t.call('directory', 'listStations', { kind: 'mobile_studio', pageSize: 1 }, null),
    ).total;
    expect(after - before).toBe(N);
  }, 120_000);
});

describe('time limits', () => {
  it('dues each stage by the admin’s limit and reminds its approvers once when it is past', async () => {
    const admin = await t.login('admin');
    expectOk(await t.call('studio', 'setStageLimits', { branch: 5, section: 2, bureau: 5 }, admin));
    const id = await seedStudioApplication(t.host.store, t.clock.now(), 'co-late', 'haidian');
    const a = expectOk(await decide(await get(id, branch), branch, 'approve', '同意上报'));
    expect(a.dueAt).toBe(t.clock.now() + 2 * DAY);
    const reminders = async () =>
      expectOk(await t.call('account', 'listNotices', { pageSize: 50 }, section)).items.filter(
        (n) => n.kind === 'studio.overdue' && (n.link ?? '').includes(encodeURIComponent(id)),
      ).length;
    await t.host.runJobs();
    expect(await reminders()).toBe(0);
    t.clock.advance(3 * DAY);
    await t.host.runJobs();
    await t.host.runJobs();
    expect(await reminders()).toBe(1);
    expect((await get(id, section)).overdue).toBe(true);
  });
});
