/**
 * The demo's mobile studios (seed 001), applied for by the staff of three ledger companies and
 * decided by the demo's three approval levels, dated in the demo's past:
 *  - 陈立's company: approved through all three stages with its staffing recorded, so it is a
 *    numbered studio in the network, with two service requests raised at it;
 *  - 刘婷's company: returned once by the town branch, corrected, and now waiting at the city bureau
 *    with its staffing met;
 *  - 郑洁's company: just submitted, waiting at 海淀区's town branch (past its time limit).
 * The demo company (企业用户) applies itself, so its own application is left to the visitor.
 */
import type { StudioForm } from '../../core/contract';
import type { CompanyDoc } from '../../core/store/docs';
import { DEMO_USERS } from './accounts';
import type { DemoPerson } from './accounts';
import type { LedgerCompany } from './companies';
import type { DemoStage } from './stage';

const STAFF = [
  { party: 'authority', name: '周科长', title: '市局知识产权科科长', mobile: '13910020001', fullTime: false },
  { party: 'authority', name: '郑干事', title: '市局知识产权科干事', mobile: '13910020002', fullTime: false },
  { party: 'branch', name: '孙分局', title: '海淀区市场监管分局副局长', mobile: '13910020003', fullTime: false },
  { party: 'agency', name: '冯代理', title: '专利代理师', mobile: '13910020004', fullTime: true },
  { party: 'agency', name: '蒋代理', title: '商标代理人', mobile: '13910020005', fullTime: true },
] as const;

function formOf(person: DemoPerson, company: CompanyDoc, needs: StudioForm['needs']): StudioForm {
  return {
    town: '西北旺镇',
    registeredAddress: company.profile?.registeredAddress ?? '北京市海淀区中关村软件园',
    listingStatus: 'unlisted',
    registeredCapital: 3000,
    headcount: 220,
    businessScale: 'medium',
    legalRep: { name: '高总', title: '总经理', mobile: '13910020010' },
    contact: { name: person.name, title: person.title, mobile: person.mobile },
    ipDepartment: true,
    ipManagers: 3,
    ipSystemSince: 2019,
    ipStandardYear: 2021,
    demonstration: [],
    advantage: ['provincial'],
    highTechSince: 2020,
    patentAwards: [],
    holdings: {
      invention: 36,
      utility: 58,
      design: 6,
      pct: 4,
      trademark_domestic: 12,
      trademark_foreign: 3,
      copyright: 40,
      other: 0,
      ...(company.holdings ?? {}),
    },
    needs,
    commitment: true,
  };
}

export async function demoStudios(
  s: DemoStage,
  staff: Array<{ person: DemoPerson; company: LedgerCompany }>,
): Promise<void> {
  const [chen, liu, zheng] = staff;
  const companyDoc = async (id: string) => (await s.store.get<CompanyDoc>('companies', id))!;
  const apply = async (
    who: { person: DemoPerson; company: LedgerCompany },
    daysAgo: number,
    needs: StudioForm['needs'],
  ) => {
    s.at(s.day(-daysAgo, '10:00'));
    return s.act(who.person.userId, 'studio', 'submitApplication', {
      clientRequestId: s.requestId(`studio-${who.company.id}`),
      companyId: who.company.id,
      form: formOf(who.person, await companyDoc(who.company.id), needs),
    });
  };
  const decide = async (
    by: 'branch' | 'section' | 'bureau',
    id: string,
    daysAgo: number,
    decision: 'approve' | 'return',
    opinion: string,
  ) => {
    s.at(s.day(-daysAgo, '15:00'));
    const current = await s.act(DEMO_USERS[by], 'studio', 'getApplication', { applicationId: id });
    const action = by === 'branch' ? 'decideAtBranch' : by === 'section' ? 'decideAtSection' : 'decideAtBureau';
    return s.act(DEMO_USERS[by], 'studio', action, { applicationId: id, version: current.version, decision, opinion });
  };
  const staffFor = async (who: { person: DemoPerson }, id: string, daysAgo: number) => {
    s.at(s.day(-daysAgo, '11:00'));
    await s.act(who.person.userId, 'studio', 'saveStaff', {
      applicationId: id,
      staff: [
        ...STAFF,
        { party: 'company', name: who.person.name, title: who.person.title, mobile: who.person.mobile, fullTime: true },
      ],
    });
  };

  // 陈立's company: approved, numbered, serving.
  const approved = await apply(chen!, 60, ['studio_system', 'studio_high_value', 'studio_rapid']);
  await decide('branch', approved.id, 58, 'approve', '企业为专精特新企业，知识产权基础较好，同意设立并上报。');
  await decide('section', approved.id, 55, 'approve', '申请材料齐全，服务需求明确，同意。');
  await staffFor(chen!, approved.id, 54);
  const studio = await decide('bureau', approved.id, 52, 'approve', '同意设立，请按服务规范开展工作。');
  for (const [i, category] of (['studio_high_value', 'studio_rapid'] as const).entries()) {
    s.at(s.day(-40 + i * 10, '09:30'));
    await s.act(chen!.person.userId, 'request', 'createRequest', {
      clientRequestId: s.requestId(`studio-request-${i}`),
      stationId: studio.studioStationId!,
      category,
      urgency: 'normal',
      description:
        category === 'studio_rapid'
          ? '电商平台出现仿冒我司外观专利的产品，需要快速维权指导。'
          : '计划围绕工业软件核心算法开展专利布局，需要高价值专利培育辅导。',
      attachments: [],
    });
  }

  // 刘婷's company: returned once, corrected, waiting at the city bureau.
  const returned = await apply(liu!, 20, ['studio_overseas', 'studio_use']);
  await decide(
    'branch',
    returned.id,
    18,
    'return',
    '请补充近三年知识产权管理制度执行情况，并核对知识产权管理人员数量。',
  );
  s.at(s.day(-16, '10:00'));
  const again = await s.act(liu!.person.userId, 'studio', 'getApplication', { applicationId: returned.id });
  await s.act(liu!.person.userId, 'studio', 'resubmitApplication', {
    applicationId: returned.id,
    version: again.version,
    form: { ...again.form, ipManagers: 4, commitment: true },
  });
  await decide('branch', returned.id, 14, 'approve', '已按要求补正，同意上报。');
  await decide('section', returned.id, 9, 'approve', '同意，建议重点开展海外布局服务。');
  await staffFor(liu!, returned.id, 8);

  // 郑洁's company: waiting at the town branch, past its time.
  await apply(zheng!, 8, ['studio_infringement']);
}
