/**
 * The service network a fresh host starts with (demo data: names and numbers are
 * illustrative; key industries follow 004 appendix D). Ids are stable so reloading is a no-op.
 */
import type { District, StationKind, StationLevel } from '../enums';

export interface SeedItem {
  name: string;
  targetUsers: string;
  content: string;
  procedure: string;
  timeLimit: string;
}

export interface SeedStation {
  id: string;
  name: string;
  kind: StationKind;
  level: StationLevel;
  district: District;
  address: string;
  phone: string;
  hours: string;
  keyIndustries: string[];
  operator?: string;
  intro?: string;
  supervisionPhone: string;
  items: SeedItem[];
}

const WEEKDAYS = '周一至周五 9:00-17:30';

/** Items every workstation offers (004 §7.2.1 常规服务); stations add their own. */
const COMMON_ITEMS: SeedItem[] = [
  {
    name: '知识产权业务咨询',
    targetUsers: '辖区内企业、科研机构及个人',
    content: '解答专利、商标、版权申请、保护、运用中的问题，形成咨询档案',
    procedure: '线上预约或到站咨询 → 联络员/专家解答 → 满意度评价',
    timeLimit: '当场答复；复杂问题2个工作日内答复',
  },
  {
    name: '知识产权信息检索',
    targetUsers: '辖区内企业',
    content: '免费提供基础性专利、商标信息检索，推广公共检索平台',
    procedure: '提交检索需求 → 工作站检索 → 出具检索结果',
    timeLimit: '5个工作日',
  },
  {
    name: '维权援助线索转介',
    targetUsers: '遭遇侵权或纠纷的企业',
    content: '收集维权援助需求线索，转介市知识产权维权援助中心',
    procedure: '登记线索 → 初步研判 → 转介并跟踪',
    timeLimit: '2个工作日内转介',
  },
];

export const SEED_STATIONS: SeedStation[] = [
  {
    id: 'st-city-center',
    name: '北京市知识产权公共服务中心',
    kind: 'protection_center',
    level: 'city',
    district: 'xicheng',
    address: '北京市西城区示例路1号',
    phone: '010-12345678',
    hours: WEEKDAYS,
    keyIndustries: ['全市统筹'],
    operator: '北京市知识产权公共服务中心',
    intro: '统筹全市知识产权公共服务网络，指导各区中心和工作站开展服务。',
    supervisionPhone: '12345',
    items: [
      ...COMMON_ITEMS,
      {
        name: '专利预审及优先审查对接',
        targetUsers: '重点产业领域创新主体',
        content: '对接保护中心专利预审通道，指导优先审查请求',
        procedure: '备案 → 提交预审申请 → 预审 → 正式递交',
        timeLimit: '按预审规则办理',
      },
    ],
  },
  {
    id: 'st-haidian-district',
    name: '海淀区知识产权公共服务中心',
    kind: 'protection_center',
    level: 'district',
    district: 'haidian',
    address: '北京市海淀区示例大街18号',
    phone: '010-62345678',
    hours: WEEKDAYS,
    keyIndustries: ['新一代信息技术', '生物医药', '新材料', '人工智能'],
    supervisionPhone: '010-62345600',
    items: COMMON_ITEMS,
  },
  {
    id: 'st-haidian-zgc',
    name: '中关村软件园知识产权公共服务工作站',
    kind: 'other',
    level: 'workstation',
    district: 'haidian',
    address: '北京市海淀区中关村软件园示例楼2层',
    phone: '010-82345678',
    hours: WEEKDAYS,
    keyIndustries: ['新一代信息技术', '人工智能'],
    operator: '中关村软件园管理运营机构',
    supervisionPhone: '010-62345600',
    items: [
      ...COMMON_ITEMS,
      {
        name: '软件著作权登记指导',
        targetUsers: '园区软件企业',
        content: '指导软件著作权登记材料准备与申报',
        procedure: '预约 → 材料预审 → 指导申报',
        timeLimit: '3个工作日',
      },
    ],
  },
  {
    id: 'st-chaoyang-rapid',
    name: '朝阳区快速维权中心',
    kind: 'rapid_protection_center',
    level: 'district',
    district: 'chaoyang',
    address: '北京市朝阳区示例路66号',
    phone: '010-65345678',
    hours: WEEKDAYS,
    keyIndustries: ['数字经济', '文化创意'],
    supervisionPhone: '010-65345600',
    items: [
      {
        name: '外观设计快速维权',
        targetUsers: '文化创意、消费品企业',
        content: '外观设计专利快速预审、侵权纠纷快速处理',
        procedure: '提交材料 → 快速预审 → 调解或转处理',
        timeLimit: '预审10个工作日',
      },
      COMMON_ITEMS[2]!,
    ],
  },
  {
    id: 'st-chaoyang-brand',
    name: '朝阳区商标品牌培育指导站',
    kind: 'trademark_guidance',
    level: 'workstation',
    district: 'chaoyang',
    address: '北京市朝阳区示例商务区8号',
    phone: '010-65345699',
    hours: WEEKDAYS,
    keyIndustries: ['文化创意', '消费品牌'],
    supervisionPhone: '010-65345600',
    items: [
      {
        name: '商标品牌培育指导',
        targetUsers: '有品牌建设需求的企业',
        content: '商标布局、品牌战略、商标许可与转让指导',
        procedure: '需求登记 → 诊断 → 出具培育建议',
        timeLimit: '10个工作日',
      },
      COMMON_ITEMS[0]!,
    ],
  },
  {
    id: 'st-fengtai-assist',
    name: '丰台区维权援助服务站',
    kind: 'assistance_station',
    level: 'workstation',
    district: 'fengtai',
    address: '北京市丰台区示例路9号',
    phone: '010-63345678',
    hours: WEEKDAYS,
    keyIndustries: ['低空经济', '生物医药', '新一代信息技术'],
    supervisionPhone: '010-63345600',
    items: [COMMON_ITEMS[2]!, COMMON_ITEMS[0]!],
  },
  {
    id: 'st-tongzhou-studio',
    name: '通州区企业知识产权保护流动工作室',
    kind: 'mobile_studio',
    level: 'workstation',
    district: 'tongzhou',
    address: '北京市通州区示例产业园3号楼',
    phone: '010-69345678',
    hours: '按预约上门服务',
    keyIndustries: ['数字经济', '先进制造', '医药健康'],
    supervisionPhone: '010-69345600',
    items: [
      {
        name: '管理体系建设辅导',
        targetUsers: '申请流动工作室服务的企业',
        content: '辅导企业建立知识产权管理体系（001 §7.1）',
        procedure: '企业申请 → 审批 → 驻企辅导',
        timeLimit: '按服务计划',
      },
      COMMON_ITEMS[0]!,
    ],
  },
  {
    id: 'st-changping-park',
    name: '未来科学城知识产权公共服务工作站',
    kind: 'other',
    level: 'workstation',
    district: 'changping',
    address: '北京市昌平区未来科学城示例路2号',
    phone: '010-80345678',
    hours: WEEKDAYS,
    keyIndustries: ['先进能源', '生物医药', '人工智能'],
    supervisionPhone: '010-80345600',
    items: COMMON_ITEMS,
  },
  {
    id: 'st-etown',
    name: '经开区知识产权公共服务工作站',
    kind: 'other',
    level: 'workstation',
    district: 'etown',
    address: '北京经济技术开发区示例街7号',
    phone: '010-67345678',
    hours: WEEKDAYS,
    keyIndustries: ['新一代信息技术', '新能源汽车', '机器人'],
    supervisionPhone: '010-67345600',
    items: COMMON_ITEMS,
  },
];
