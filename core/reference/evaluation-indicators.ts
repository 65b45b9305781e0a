/**
 * Version 1 of the evaluation indicator table, seeded from the structure of seed 000
 * (知识产权保护工作站评价规范, appendix A 评价指标表): the station's basic requirements, staff,
 * funding, working mechanism and annual plan, and the work done — publicity and training, business
 * guidance, rights-protection assistance, dispute mediation, incubation and operation, research and
 * events, results. 000 names the sections, not the points: the weights below are ours (README
 * "Evaluation weights" says why), 100 in all, and admins save new versions with other weights.
 *
 * Items with `auto` are filled in from the records the product holds for the round's year; their
 * `target` earns the full score in the suggested self-score (reviewers still score every item).
 */
import type { IndicatorSection } from '../rules/evaluation';

export const DEFAULT_INDICATOR_SECTIONS: IndicatorSection[] = [
  {
    id: 'basic',
    title: '基本要求',
    items: [
      {
        id: 'basic.site',
        title: '固定办公场所、服务设施与挂牌',
        maxScore: 6,
        guide: '有固定场所和必要设施并规范挂牌得满分；缺一项扣2分',
        evidence: '',
      },
      {
        id: 'basic.rules',
        title: '服务制度与服务事项清单公示',
        maxScore: 4,
        guide: '制度健全并公示服务事项清单得满分；未公示扣2分',
        evidence: '服务制度文本、服务事项清单公示照片',
      },
    ],
  },
  {
    id: 'staff',
    title: '人员情况',
    items: [
      {
        id: 'staff.team',
        title: '专职人员数量与专业资质',
        maxScore: 8,
        guide: '专职人员不少于2名且具备知识产权专业背景得满分；每少1名扣3分',
        evidence: '人员名单、劳动合同或聘用证明、资质证书',
      },
    ],
  },
  {
    id: 'funding',
    title: '经费情况',
    items: [
      {
        id: 'funding.use',
        title: '经费保障与使用规范',
        maxScore: 6,
        guide: '经费来源稳定、专款专用、有使用台账得满分',
        evidence: '年度经费预算及使用台账',
      },
    ],
  },
  {
    id: 'mechanism',
    title: '工作机制与年度计划',
    items: [
      {
        id: 'mechanism.plan',
        title: '年度工作计划与工作机制',
        maxScore: 6,
        guide: '有年度计划、半年和年度总结，机制运行有效得满分',
        evidence: '年度工作计划、工作总结',
      },
    ],
  },
  {
    id: 'training',
    title: '宣传培训',
    items: [
      {
        id: 'training.sessions',
        title: '举办知识产权培训',
        maxScore: 7,
        guide: '全年举办培训6场及以上得满分，按比例计分',
        evidence: '培训通知、签到表、现场照片',
        auto: 'trainings',
        target: 6,
      },
      {
        id: 'training.trainees',
        title: '培训覆盖人次',
        maxScore: 6,
        guide: '全年培训签到200人次及以上得满分，按比例计分',
        evidence: '签到记录',
        auto: 'trainees',
        target: 200,
      },
    ],
  },
  {
    id: 'guidance',
    title: '业务指导',
    items: [
      {
        id: 'guidance.consultations',
        title: '知识产权咨询服务',
        maxScore: 8,
        guide: '全年咨询服务100次及以上得满分，按比例计分',
        evidence: '咨询服务档案',
        auto: 'consultations',
        target: 100,
      },
      {
        id: 'guidance.visits',
        title: '走访服务企业',
        maxScore: 6,
        guide: '全年走访企业30次及以上得满分，按比例计分',
        evidence: '走访记录',
        auto: 'visits',
        target: 30,
      },
    ],
  },
  {
    id: 'assistance',
    title: '维权援助',
    items: [
      {
        id: 'assistance.closed',
        title: '服务需求办结',
        maxScore: 7,
        guide: '全年办结服务需求30件及以上得满分，按比例计分',
        evidence: '服务需求台账及办结报告',
        auto: 'requestsClosed',
        target: 30,
      },
      {
        id: 'assistance.timely',
        title: '服务需求及时受理',
        maxScore: 5,
        guide: '48小时内受理率达到90%及以上得满分，按比例计分',
        evidence: '服务需求台账',
        auto: 'requestsAnsweredRate',
        target: 90,
      },
    ],
  },
  {
    id: 'mediation',
    title: '纠纷调解',
    items: [
      {
        id: 'mediation.cases',
        title: '知识产权纠纷调解',
        maxScore: 6,
        guide: '开展纠纷调解或协助对接调解组织，有案例记录得满分',
        evidence: '调解记录、案例材料',
      },
    ],
  },
  {
    id: 'incubation',
    title: '孵化运营',
    items: [
      {
        id: 'incubation.operation',
        title: '知识产权孵化与运营服务',
        maxScore: 6,
        guide: '开展高价值专利培育、转化运用或金融服务对接，有成果得满分',
        evidence: '服务协议、成果证明',
      },
    ],
  },
  {
    id: 'research',
    title: '学术研究及活动',
    items: [
      {
        id: 'research.events',
        title: '调研、研究与交流活动',
        maxScore: 6,
        guide: '开展行业调研或研究并形成报告，或组织交流活动得满分',
        evidence: '调研报告、活动材料',
      },
    ],
  },
  {
    id: 'results',
    title: '工作成效',
    items: [
      {
        id: 'results.satisfaction',
        title: '服务对象满意度',
        maxScore: 6,
        guide: '服务评价平均4.5星及以上得满分，按比例计分',
        evidence: '评价记录',
        auto: 'satisfaction',
        target: 4.5,
      },
      {
        id: 'results.outcomes',
        title: '工作成效与典型案例',
        maxScore: 7,
        guide: '有可验证的典型案例、表彰或成效数据得满分',
        evidence: '典型案例、表彰文件、成效数据',
      },
    ],
  },
];
