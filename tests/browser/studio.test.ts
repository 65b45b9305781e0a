/**
 * The mobile studio's three-stage approval (seed 001 §6.2–6.4), in Chromium against the H5 build
 * and the demo data:
 *  - the demo company (张经理) opens 工作台 → 流动工作室 → 申请设立: appendix A is prefilled from
 *    the ledger; sending it as it is names exactly what the ledger lacks (所在镇街, 负责人, 申请需求,
 *    承诺); filled in and sent, the application waits at 镇街市场监督管理分局;
 *  - 孙分局 (海淀区's town branch) returns it for correction with an opinion; the company reads the
 *    opinion, corrects the form (修改后重新提交) and records its own side of 人员配备; the history
 *    reads submit → return → resubmit and the application is back at the town branch;
 *  - the town branch and 周科长 (the city bureau's IP section) approve; 吴局长 (the city bureau)
 *    finds 同意 held back by 001 §6.4 — the IP authority's and the town branch's staff are missing
 *    — records them on the same page, and approves: the studio is numbered LDGZS-<year>-nnn;
 *  - the company sees 已批准 and the number, downloads the application (a PDF naming the company,
 *    the number and the opinions), and finds the studio in the network: its station page and 服务网点
 *    filtered by 企业知识产权保护流动工作室.
 * "Now" is the test's own: a fixed Shanghai morning on the host's clock and on each phone's.
 */
import { execFileSync } from 'node:child_process';
import type { Locator, Page } from 'playwright-core';
import type { StudioApplication } from '../../core/contract';
import { STUDIO_PARTY, type StudioParty } from '../../core/enums';
import type { Clock } from '../../core/ports';
import { STAFFING_RULE } from '../../core/rules/studio';
import { formatShanghai, shanghaiInstant } from '../../core/rules/time';
import {
  apiCall,
  apiLogin,
  confirmDialog,
  current,
  logIn,
  openStage,
  openTool,
  phone,
  type Stage,
} from './browser-support';

const COMPANY = '北京示例智能科技有限公司';
const STUDIO_NAME = `${COMPANY}知识产权保护流动工作室`;
/** A workstation of the network, not a studio: gone once the list is filtered by kind. */
const ZGC = '中关村软件园知识产权公共服务工作站';
const LEDGER_ADDRESS = '北京市海淀区中关村软件园二期 西北旺东路10号院';
const TOWN = '西北旺镇';
const RETURN_OPINION = '请补充知识产权管理规范认证年份';
const BRANCH_OPINION = '已按要求补正，同意上报';
const SECTION_OPINION = '材料齐全，同意设立';
const BUREAU_OPINION = '同意设立，请按规范开展服务';

/** The test's "now": a Tuesday, 10:00 in Shanghai, moving on in real time from there. */
const shift = shanghaiInstant('2026-09-15', '10:00') - Date.now();
const clock: Clock = { now: () => Date.now() + shift };
const YEAR = Number(formatShanghai(clock.now(), 'YYYY'));
/** The year the company's IP management was certified: the correction the town branch asks for. */
const STANDARD_YEAR = YEAR - 1;

/** Generous: other suites share the two cores. */
const SLOW = { timeout: 30_000 };

let stage: Stage;
beforeAll(async () => {
  stage = await openStage({ clock });
});
afterAll(async () => {
  await stage?.close();
});

/** A phone whose clock is the host's. */
const person = () => phone(stage, { clock });

/** A text row of the page on top (FormField's input, named as the server names the field). */
const field = (page: Page, name: string) => current(page).locator(`taro-input-core[name="${name}"] input`);

/** The head of 申请详情 (on top) once it says `status`. */
async function expectStatus(page: Page, status: StudioApplication['status'], label: string) {
  const tag = current(page).locator(
    `[data-testid="studio-head"] [data-testid="studio-status"][data-status="${status}"]`,
  );
  await tag.waitFor(SLOW);
  expect(await tag.innerText()).toBe(label);
}

/** What 审批进度 shows, stage by stage: data-state of 镇街 / 市局科室 / 市局. */
async function chainStates(page: Page): Promise<string[]> {
  return current(page)
    .locator('[data-testid="chain-stage"]')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-stage')}:${e.getAttribute('data-state')}`));
}

/** The kinds of the history's steps, oldest first. */
async function historyKinds(page: Page): Promise<string[]> {
  return current(page)
    .locator('[data-testid="history-step"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind') ?? ''));
}

/** Opens the application from an approver's queue (工作台 → 工作室审批, 审批中 first). */
async function openFromQueue(page: Page, applicationId: string) {
  await openTool(page, '工作室审批');
  const card = current(page).locator(`[data-testid="studio-application"][data-id="${applicationId}"]`);
  await card.waitFor(SLOW);
  expect(await card.innerText()).toContain(COMPANY);
  await card.click();
  await current(page).locator('[data-testid="studio-head"]').waitFor(SLOW);
}

/** Decides at the stage on top: the decision, the opinion, 提交审批意见, confirmed. */
async function decide(page: Page, stageKey: string, decision: 'approve' | 'return', opinion: string, asked: string) {
  const panel = current(page).locator(`[data-testid="decision-panel"][data-stage="${stageKey}"]`);
  await panel.waitFor(SLOW);
  await panel.locator(`[data-testid="decision"][data-value="${decision}"]`).click();
  await panel.locator(`[data-testid="decision"][data-value="${decision}"][data-active="true"]`).waitFor();
  await panel.locator('[data-field="opinion"] textarea').fill(opinion);
  await panel.locator('[data-testid="decision-send"]').click();
  await confirmDialog(page, decision === 'approve' ? '同意' : '退回补正', asked);
  // Decided: the panel gives way (the next stage is someone else's).
  await panel.waitFor({ state: 'detached', ...SLOW });
}

/** One line of a Taro H5 picker column (weui), in CSS pixels. */
const PICKER_LINE = 34;
const PARTIES: readonly StudioParty[] = STUDIO_PARTY.values;

/**
 * Sets 所属单位 of staff row `i` from `from` to `to` on the picker: its column turned by whole
 * lines as a finger would (down shows earlier entries), then 确定.
 */
async function chooseParty(page: Page, i: number, from: StudioParty, to: StudioParty) {
  const choice = current(page).locator(`[data-testid="choice-staff.${i}.party"]`);
  await choice.click();
  const picker = page.locator('.weui-picker:visible');
  const column = picker.locator('.weui-picker__group');
  await column.hover(); // waits until the picker has slid in
  const box = (await column.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const lines = PARTIES.indexOf(from) - PARTIES.indexOf(to);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + lines * PICKER_LINE, { steps: 6 });
  await page.mouse.up();
  await picker.locator('.weui-picker__action', { hasText: '确定' }).click();
  await picker.waitFor({ state: 'hidden' });
  await current(page)
    .locator(`[data-testid="choice-staff.${i}.party"]`, { hasText: STUDIO_PARTY.labels[to] })
    .waitFor();
}

interface Member {
  party: StudioParty;
  name: string;
  title: string;
  mobile: string;
  fullTime: boolean;
}

/**
 * 编辑人员配备 on 申请详情 (on top): adds `members` after the rows already recorded — a new row starts
 * as the adder's own side (`defaultParty`: the company's for the company, the IP authority's for
 * the city) — and answers the editor, still open, for the caller to check and save.
 */
async function addStaff(page: Page, members: Member[], defaultParty: StudioParty) {
  const view = current(page);
  await view.locator('[data-testid="staff-edit"]').click();
  const editor = view.locator('[data-testid="staff-editor"]');
  await editor.waitFor();
  const before = await editor.locator('[data-testid="staff-row"]').count();
  for (const [k, m] of members.entries()) {
    const i = before + k;
    await editor.locator('[data-testid="staff-add"]').click();
    await editor.locator('[data-testid="staff-row"]').nth(i).waitFor();
    const party = view.locator(`[data-testid="choice-staff.${i}.party"]`);
    expect(await party.innerText()).toBe(STUDIO_PARTY.labels[defaultParty]);
    if (m.party !== defaultParty) await chooseParty(page, i, defaultParty, m.party);
    await field(page, `staff.${i}.name`).fill(m.name);
    await field(page, `staff.${i}.title`).fill(m.title);
    await field(page, `staff.${i}.mobile`).fill(m.mobile);
    const fullTime = view.locator(`[data-testid="toggle-staff.${i}.fullTime"]`);
    if ((await fullTime.getAttribute('data-checked')) !== String(m.fullTime)) await fullTime.click();
    await view.locator(`[data-testid="toggle-staff.${i}.fullTime"][data-checked="${m.fullTime}"]`).waitFor();
  }
  return editor;
}

/** The parts of 001 §6.4's rule a staffing check shows met, by party. */
async function metParties(check: Locator): Promise<string[]> {
  return check
    .locator('[data-testid="staffing-rule"][data-met="true"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-party') ?? ''));
}

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Gives the commitment on the form and sends it. */
async function commitAndSubmit(page: Page): Promise<void> {
  const view = current(page);
  await view.locator('[data-testid="commitment"]').click();
  await view.locator('[data-testid="commitment"][data-checked="true"]').waitFor();
  await view.locator('[data-testid="submit"]').click();
}

/** The detail of an application waiting at the town branch: 审批中, the chain at its first stage. */
async function expectAtBranch(page: Page): Promise<void> {
  await expectStatus(page, 'reviewing', '审批中');
  const view = current(page);
  expect(await view.locator('[data-testid="studio-stage"]').innerText()).toBe('当前环节：镇街市场监督管理分局审批');
  expect(await chainStates(page)).toEqual(['branch:current', 'section:waiting', 'bureau:waiting']);
}

test('a company applies for a mobile studio; returned, corrected, approved at three levels once staffed; numbered, in the network, printed', async () => {
  // --- 1. The company applies: 工作台 → 流动工作室 → 申请设立.
  const company = await person();
  await logIn(company, stage, 'company', '张经理');
  await openTool(company, '流动工作室');
  await current(company).locator('[data-testid="studio-apply"]').waitFor(SLOW);
  expect(await current(company).innerText()).toContain('还没有提交过流动工作室申请');
  await current(company).locator('[data-testid="studio-apply"]').click();

  // The form starts from the ledger: the company as named there, its address, its contact.
  let view = current(company);
  await view.locator('[data-testid="studio-form"]').waitFor(SLOW);
  expect(await view.locator('[data-testid="studio-company"]').innerText()).toContain(COMPANY);
  expect(await field(company, 'registeredAddress').inputValue()).toBe(LEDGER_ADDRESS);
  expect(await field(company, 'contact.name').inputValue()).toBe('张经理');
  expect(await field(company, 'town').inputValue()).toBe('');

  // Sent as it is, the page names what the ledger does not hold, and sends nothing.
  await view.locator('[data-testid="submit"]').click();
  await view.locator('[data-testid="error-town"]').waitFor();
  const missing = await view
    .locator('[data-testid^="error-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  expect(missing.sort()).toEqual(
    [
      'error-commitment',
      'error-legalRep.mobile',
      'error-legalRep.name',
      'error-legalRep.title',
      'error-needs',
      'error-town',
    ].sort(),
  );

  await field(company, 'town').fill(TOWN);
  await field(company, 'legalRep.name').fill('张伟');
  await field(company, 'legalRep.title').fill('执行董事');
  await field(company, 'legalRep.mobile').fill('13800138001');
  for (const need of ['studio_system', 'studio_rapid']) {
    await view.locator(`[data-testid="toggle-needs"][data-value="${need}"]`).click();
    await view.locator(`[data-testid="toggle-needs"][data-value="${need}"][data-active="true"]`).waitFor();
  }
  await commitAndSubmit(company);

  // Sent: 申请详情, 审批中 at 镇街市场监督管理分局.
  await expectAtBranch(company);
  view = current(company);
  expect(await historyKinds(company)).toEqual(['submit']);
  expect(await view.locator('[data-testid="form-basics"]').innerText()).toContain(TOWN);
  expect(await view.locator('[data-testid="form-people"]').innerText()).toContain('张伟');
  expect(
    await view
      .locator('[data-testid="need"][data-chosen="true"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-value'))),
  ).toEqual(['studio_system', 'studio_rapid']);
  const applicationId = new URL(company.url().replace('#/', '')).searchParams.get('applicationId')!;
  expect(applicationId).toBeTruthy();

  // --- 2. The town branch returns it for correction.
  const branch = await person();
  await logIn(branch, stage, 'branch', '孙分局');
  await openFromQueue(branch, applicationId);
  await decide(branch, 'branch', 'return', RETURN_OPINION, '退回后由申请企业修改并重新提交至本环节审批');
  await expectStatus(branch, 'returned', '退回补正');

  // --- 3. The company finds it returned (its list reloads on return), with the opinion.
  await company.goBack();
  const myCard = current(company).locator(
    `[data-testid="studio-application"][data-id="${applicationId}"][data-status="returned"]`,
  );
  await myCard.waitFor(SLOW);
  expect(await current(company).locator('[data-testid="apply-blocked"]').innerText()).toContain('已退回补正');
  expect(await current(company).locator('[data-testid="studio-apply"]').count()).toBe(0);
  await myCard.click();
  await expectStatus(company, 'returned', '退回补正');
  view = current(company);
  expect(await view.locator('[data-testid="studio-stage"]').innerText()).toBe(
    '镇街市场监督管理分局已退回补正，待申请企业修改后重新提交',
  );
  expect(await chainStates(company)).toEqual(['branch:returned', 'section:waiting', 'bureau:waiting']);
  const returnStep = view.locator('[data-testid="history-step"][data-kind="return"]');
  expect(await returnStep.innerText()).toContain(RETURN_OPINION);
  expect(await returnStep.innerText()).toContain('孙分局');

  // 修改后重新提交: the opinion heads the form; the year asked for is added, the commitment given anew.
  await view.locator('[data-testid="resubmit"]').click();
  view = current(company);
  await view.locator('[data-testid="return-opinion"]').waitFor(SLOW);
  expect(await view.locator('[data-testid="return-opinion"]').innerText()).toContain(RETURN_OPINION);
  expect(await field(company, 'town').inputValue()).toBe(TOWN);
  expect(await view.locator('[data-testid="commitment"]').getAttribute('data-checked')).toBe('false');
  await field(company, 'ipStandardYear').fill(String(STANDARD_YEAR));
  await commitAndSubmit(company);

  // Back at the town branch, the correction on the form, the whole history kept.
  await expectAtBranch(company);
  view = current(company);
  expect(await historyKinds(company)).toEqual(['submit', 'return', 'resubmit']);
  expect(await view.locator('[data-testid="history-step"][data-kind="resubmit"]').innerText()).toContain(
    '修改后重新提交至镇街市场监督管理分局',
  );
  expect(await view.locator('[data-testid="form-ip"]').innerText()).toContain(`${STANDARD_YEAR} 年`);

  // The company records its side of 人员配备: its own full-time person and the agency's two.
  const companyStaff: Member[] = [
    { party: 'company', name: '张经理', title: '综合管理部经理', mobile: '13800138000', fullTime: true },
    { party: 'agency', name: '冯代理', title: '专利代理师', mobile: '13910030001', fullTime: true },
    { party: 'agency', name: '蒋代理', title: '商标代理人', mobile: '13910030002', fullTime: true },
  ];
  const companyEditor = await addStaff(company, companyStaff, 'company');
  expect((await metParties(companyEditor.locator('[data-testid="staffing-check"]'))).sort()).toEqual([
    'agency',
    'company',
  ]);
  await companyEditor.locator('[data-testid="staff-save"]').click();
  await companyEditor.waitFor({ state: 'detached', ...SLOW });
  const staffCard = view.locator('[data-testid="studio-staff"]');
  await staffCard.locator('[data-testid="staff-group"][data-party="agency"]', { hasText: '蒋代理' }).waitFor();
  expect((await metParties(staffCard.locator('[data-testid="staffing-check"]'))).sort()).toEqual(['agency', 'company']);

  // --- 4. The town branch approves (back to its queue, which reloads) …
  await branch.goBack();
  await current(branch).locator(`[data-testid="studio-application"][data-id="${applicationId}"]`).click();
  await current(branch).locator('[data-testid="decision-panel"][data-stage="branch"]').waitFor(SLOW);
  expect(await historyKinds(branch)).toEqual(['submit', 'return', 'resubmit']);
  await decide(branch, 'branch', 'approve', BRANCH_OPINION, '同意后申请将转至市局知识产权相关科室审批');
  await current(branch).locator('[data-testid="studio-stage"]', { hasText: '市局知识产权相关科室' }).waitFor(SLOW);
  expect(await chainStates(branch)).toEqual(['branch:done', 'section:current', 'bureau:waiting']);

  // … the city bureau's IP section approves …
  const section = await person();
  await logIn(section, stage, 'section', '周科长');
  await openFromQueue(section, applicationId);
  expect(await current(section).locator('[data-testid="studio-stage"]').innerText()).toBe(
    '当前环节：市局知识产权相关科室审批',
  );
  await decide(section, 'section', 'approve', SECTION_OPINION, '同意后申请将转至市局审批');
  await current(section).locator('[data-testid="studio-stage"]', { hasText: '当前环节：市局审批' }).waitFor(SLOW);
  expect(await chainStates(section)).toEqual(['branch:done', 'section:done', 'bureau:current']);

  // … and the city bureau finds 同意 held back: the IP authority's and the town branch's staff are missing.
  const bureau = await person();
  await logIn(bureau, stage, 'bureau', '吴局长');
  await openFromQueue(bureau, applicationId);
  view = current(bureau);
  const panel = view.locator('[data-testid="decision-panel"][data-stage="bureau"]');
  await panel.waitFor(SLOW);
  const missingRules = STAFFING_RULE.filter((r) => r.party === 'authority' || r.party === 'branch');
  expect(await panel.locator('[data-testid="staffing-gap"]').allInnerTexts()).toEqual(
    missingRules.map((r) => `✗ ${r.label}`),
  );
  expect(await panel.locator('[data-testid="decision"][data-value="approve"]').getAttribute('data-disabled')).toBe(
    'true',
  );

  // The bureau records them on the same page: two of the IP authority (the city's side), one of the town branch.
  const cityStaff: Member[] = [
    { party: 'authority', name: '郑干事', title: '市局知识产权科干事', mobile: '13910030003', fullTime: false },
    { party: 'authority', name: '钱干事', title: '市局知识产权科干事', mobile: '13910030004', fullTime: false },
    { party: 'branch', name: '孙分局', title: '海淀区市场监管分局副局长', mobile: '13910030005', fullTime: false },
  ];
  const bureauEditor = await addStaff(bureau, cityStaff, 'authority');
  expect(await bureauEditor.locator('[data-testid="staff-row"]').count()).toBe(6);
  await bureauEditor
    .locator('[data-testid="staffing-check"]', { hasText: '人员配备要求（按当前编辑内容）：已达到' })
    .waitFor();
  await bureauEditor.locator('[data-testid="staff-save"]').click();
  await bureauEditor.waitFor({ state: 'detached', ...SLOW });
  const bureauStaff = view.locator('[data-testid="studio-staff"]');
  await bureauStaff.locator('[data-testid="staffing-check"]', { hasText: '人员配备要求：已达到' }).waitFor(SLOW);
  const counts = await bureauStaff
    .locator('[data-testid="staff-group"]')
    .evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-party')}:${e.querySelectorAll('[data-testid="staff-member"]').length}`),
    );
  expect(counts).toEqual(['authority:2', 'branch:1', 'agency:2', 'company:1']);
  await panel.locator('[data-testid="approve-blocked"]').waitFor({ state: 'detached' });
  expect(await panel.locator('[data-testid="decision"][data-value="approve"]').getAttribute('data-disabled')).toBe(
    'false',
  );

  // 同意 at the bureau is final: the studio is numbered and founded.
  await decide(bureau, 'bureau', 'approve', BUREAU_OPINION, '同意后将为工作室编号并设立为服务网点');
  await expectStatus(bureau, 'approved', '已批准');
  const numberLine = await view.locator('[data-testid="studio-number"]').innerText();
  const number = /^工作室编号：(LDGZS-(\d{4})-\d{3})$/.exec(numberLine)?.[1];
  expect(number).toBeTruthy();
  expect(number!.slice(6, 10)).toBe(String(YEAR));
  expect(await chainStates(bureau)).toEqual(['branch:done', 'section:done', 'bureau:done']);
  expect(await historyKinds(bureau)).toEqual(['submit', 'return', 'resubmit', 'approve', 'approve', 'approve']);

  // --- 5. The company sees it approved (pulled again: a fresh load), with the same number.
  await company.reload();
  await expectStatus(company, 'approved', '已批准');
  view = current(company);
  expect(await view.locator('[data-testid="studio-number"]').innerText()).toBe(`工作室编号：${number}`);
  expect(await view.locator('[data-testid="resubmit"]').count()).toBe(0);
  expect(await view.locator('[data-testid="staff-edit"]').count()).toBe(0);

  // --- 6. 下载申请表（PDF）: the export call answers a signed link to a PDF, and the phone saves it.
  const exported = company.waitForResponse(
    (res) =>
      res.url().endsWith('/api/fn/studio') &&
      (res.request().postDataJSON() as { action?: string } | null)?.action === 'applicationPdf',
    SLOW,
  );
  const [download] = await Promise.all([
    company.waitForEvent('download', SLOW),
    view.locator('[data-testid="download-pdf"]').click(),
  ]);
  const answer = (await (await exported).json()) as { ok: boolean; data: { url: string; fileName: string } };
  expect(answer.ok).toBe(true);
  expect(answer.data.fileName).toMatch(/流动工作室申请表\.pdf$/);
  expect(download.suggestedFilename()).toBe(answer.data.fileName);
  const file = await fetch(new URL(answer.data.url, stage.base));
  expect(file.status).toBe(200);
  expect(file.headers.get('content-type')).toMatch(/^application\/pdf/);
  expect(
    Buffer.from(await file.arrayBuffer())
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');
  if (hasPdftotext) {
    const text = execFileSync('pdftotext', [(await download.path())!, '-'], { encoding: 'utf8' });
    expect(text).toContain(COMPANY);
    expect(text).toContain(number!);
    expect(text).toContain(RETURN_OPINION);
    expect(text).toContain(BUREAU_OPINION);
  }

  // The studio in the network: its station page from the link …
  await view.locator('[data-testid="studio-station-link"]').click();
  const station = current(company).locator('[data-testid="station-info"]');
  await station.waitFor(SLOW);
  expect(await station.locator('.station-page__name').innerText()).toBe(STUDIO_NAME);
  expect(await station.innerText()).toContain('企业知识产权保护流动工作室');
  expect(await station.innerText()).toContain(number!);

  // … and 服务网点 filtered by kind (a fresh load of the tab, as after a refresh): every card a studio, ours too.
  await company.goto(`${stage.base}/#/pages/network/index`);
  await company.reload();
  const cards = current(company).locator('[data-testid="station-card"]');
  await cards.filter({ hasText: ZGC }).waitFor(SLOW);
  await current(company).locator('[data-testid="kind-chip"][data-value="mobile_studio"]').click();
  await cards.filter({ hasText: ZGC }).waitFor({ state: 'detached', ...SLOW });
  await cards.filter({ hasText: STUDIO_NAME }).waitFor(SLOW);
  const shown = await cards.allInnerTexts();
  for (const card of shown) expect(card).toContain('企业知识产权保护流动工作室');
  expect(await current(company).locator('[data-testid="station-total"]').innerText()).toBe(
    `共 ${shown.length} 个服务网点`,
  );

  // The server agrees with what the pages showed.
  const token = await apiLogin(stage, 'company');
  const final = await apiCall<StudioApplication>(stage, token, 'studio', 'getApplication', { applicationId });
  expect(final.status).toBe('approved');
  expect(final.number).toBe(number);
  expect(final.staffingGaps).toEqual([]);
  expect(final.history.filter((s) => s.kind === 'return').map((s) => s.opinion)).toEqual([RETURN_OPINION]);
}, 300_000);
