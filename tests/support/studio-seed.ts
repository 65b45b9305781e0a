/**
 * The studio function's part of the test support: a valid appendix A form, applications written
 * straight into a store at a stage, and valid inputs for the authorisation matrix.
 */
import type { ActionName, StudioForm } from '../../core/contract';
import type { District, StudioStage, StudioStatus } from '../../core/enums';
import type { Store } from '../../core/ports';
import type { StudioApplicationDoc } from '../../core/store/docs';
import type { InputFactory, Target } from './action-inputs';
import { newRequestId } from './fixtures';
import { OTHER_COMPANY, OWN_COMPANY, OWN_DISTRICT } from './world';

/** The other target's application is of another area (a town branch of OWN_DISTRICT may not see it). */
const OTHER_DISTRICT: District = 'chaoyang';

export function studioForm(overrides: Partial<StudioForm> = {}): StudioForm {
  return {
    town: '西北旺镇',
    registeredAddress: '北京市海淀区西北旺东路10号院',
    listingStatus: 'unlisted',
    registeredCapital: 1200,
    headcount: 86,
    businessScale: 'small',
    legalRep: { name: '张伟', title: '执行董事', mobile: '13910000001' },
    contact: { name: '张经理', title: '综合管理部经理', mobile: '13800138000' },
    ipDepartment: true,
    ipManagers: 2,
    ipSystemSince: 2021,
    demonstration: [],
    advantage: ['provincial'],
    highTechSince: 2022,
    patentAwards: [],
    holdings: {
      invention: 12,
      utility: 30,
      design: 4,
      pct: 1,
      trademark_domestic: 8,
      trademark_foreign: 0,
      copyright: 15,
      other: 0,
    },
    needs: ['studio_system', 'studio_rapid'],
    commitment: true,
    ...overrides,
  };
}

/** The 001 §6.4 minimum: 2 of the authority, 1 of the branch, 2 full-time of the agency, 1 full-time of the company. */
export const FULL_STAFF: StudioApplicationDoc['staff'] = [
  { party: 'authority', name: '王科长', title: '知识产权科科长', mobile: '13910000011', fullTime: false },
  { party: 'authority', name: '李干事', title: '知识产权科干事', mobile: '13910000012', fullTime: false },
  { party: 'branch', name: '赵所长', title: '市场监管所所长', mobile: '13910000013', fullTime: false },
  { party: 'agency', name: '钱代理', title: '专利代理师', mobile: '13910000014', fullTime: true },
  { party: 'agency', name: '孙代理', title: '专利代理师', mobile: '13910000015', fullTime: true },
  { party: 'company', name: '周专员', title: '知识产权专员', mobile: '13910000016', fullTime: true },
];

let seq = 0;

/** An application of `companyId` waiting at `stage` (reviewing unless told), version 1. Returns its id. */
export async function seedStudioApplication(
  store: Store,
  now: number,
  companyId: string,
  district: District,
  opts: {
    stage?: StudioStage;
    status?: StudioStatus;
    staff?: StudioApplicationDoc['staff'];
    submittedBy?: string;
  } = {},
): Promise<string> {
  const stage = opts.stage ?? 'branch';
  const doc: StudioApplicationDoc = {
    _id: `sa:seed-${process.pid}-${++seq}`,
    companyId,
    companyName: `测试企业${companyId}`,
    creditCode: '91110108MA01ABCD5X',
    district,
    town: '西北旺镇',
    form: studioForm(),
    status: opts.status ?? 'reviewing',
    stage,
    dueAt: now + 5 * 86_400_000,
    enteredStageAt: now,
    history: [{ stage: 'branch', kind: 'submit', opinion: '', byName: '申请人', at: now }],
    staff: opts.staff ?? [],
    version: 1,
    submittedBy: opts.submittedBy ?? 'u-applicant',
    submittedAt: now,
    updatedAt: now,
  };
  await store.insert('studio_applications', doc);
  return doc._id;
}

/** A founded studio of `companyId` (once per company). Returns its station id. */
export async function seedStudioStation(
  store: Store,
  now: number,
  companyId: string,
  district: District,
): Promise<string> {
  const _id = `st-studio-${companyId}`;
  if (await store.get('stations', _id)) return _id;
  await store.insert('stations', {
    _id,
    name: `测试企业${companyId}知识产权保护流动工作室`,
    kind: 'mobile_studio',
    level: 'workstation',
    district,
    address: '北京市海淀区西北旺东路10号院',
    phone: '13800138000',
    hours: '工作日',
    keyIndustries: [],
    status: 'active',
    order: 10_001,
    studioNumber: 'LDGZS-2026-001',
    companyId,
    createdAt: now,
    updatedAt: now,
  });
  return _id;
}

const companyOf = (t: Target) => (t === 'own' ? OWN_COMPANY : OTHER_COMPANY);
const districtOf = (t: Target) => (t === 'own' ? OWN_DISTRICT : OTHER_DISTRICT);
const seeded =
  (opts: Parameters<typeof seedStudioApplication>[4] = {}) =>
  async ({ store, now, target }: { store: Store; now: number; target: Target }) =>
    seedStudioApplication(store, now, companyOf(target), districtOf(target), opts);

const decideAt = (stage: StudioStage) =>
  (async (c) => ({
    applicationId: await seeded({ stage, staff: FULL_STAFF })(c),
    version: 1,
    decision: 'return',
    opinion: '请补充知识产权管理制度文件',
  })) as InputFactory;

export const STUDIO_INPUTS: Record<ActionName<'studio'>, InputFactory> = {
  prefillApplication: ({ target }) => ({ companyId: companyOf(target) }),
  submitApplication: ({ target }) => ({
    clientRequestId: newRequestId('sa'),
    companyId: companyOf(target),
    form: studioForm(),
  }),
  resubmitApplication: async (c) => ({
    applicationId: await seeded({ status: 'returned' })(c),
    version: 1,
    form: studioForm(),
  }),
  listApplications: () => ({}),
  getApplication: async (c) => ({ applicationId: await seeded()(c) }),
  decideAtBranch: decideAt('branch'),
  decideAtSection: decideAt('section'),
  decideAtBureau: decideAt('bureau'),
  saveStaff: async (c) => ({ applicationId: await seeded()(c), staff: FULL_STAFF }),
  applicationPdf: async (c) => ({ applicationId: await seeded()(c) }),
  getStageLimits: () => ({}),
  setStageLimits: () => ({ branch: 7, section: 5, bureau: 3 }),
  // The target company's studio (a service point of its own: no chief of the world runs it).
  studioSummary: async ({ store, now, target }) => ({
    stationId: await seedStudioStation(store, now, companyOf(target), districtOf(target)),
    year: 2026,
  }),
};
