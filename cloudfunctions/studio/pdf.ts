/**
 * The application as appendix A prints it (表A.1 企业知识产权保护流动工作室申请表): the company's
 * rows, the holdings (有效量), the needs ticked, the commitment, then the three opinion rows —
 * 镇街市场监督管理分局意见, 市局知识产权相关科室意见, 市局意见 with 编号 — each with who decided
 * and when, and the staffing. Written with the shared PDF writer (the Chinese font embedded).
 */
import {
  BUSINESS_SCALE,
  DISTRICT,
  HOLDING_KIND,
  HONOR_LEVEL,
  LISTING_STATUS,
  STUDIO_DECISION,
  STUDIO_NEED,
  STUDIO_PARTY,
  STUDIO_STAGE,
} from '../../core/enums';
import { formatShanghai } from '../../core/rules/time';
import type { StudioApplicationDoc } from '../../core/store/docs';
import { openPdf, WIDTH } from '../_shared/pdf-writer';

const LABEL = 120;
const HALF = WIDTH / 2;

const levels = (v: readonly string[]) =>
  v.length ? v.map((l) => HONOR_LEVEL.labels[l as keyof typeof HONOR_LEVEL.labels]).join('、') : '无';
const since = (y?: number) => (y ? `${y} 年` : '无');

export async function applicationPdf(a: StudioApplicationDoc, generatedAt: number): Promise<Uint8Array> {
  const f = a.form;
  const { doc, w } = await openPdf(`${a.companyName} 企业知识产权保护流动工作室申请表`);
  const row = (label: string, value: string) =>
    w.row([
      { text: label, width: LABEL },
      { text: value, width: WIDTH - LABEL },
    ]);
  const pair = (l1: string, v1: string, l2: string, v2: string) =>
    w.row([
      { text: l1, width: LABEL },
      { text: v1, width: HALF - LABEL },
      { text: l2, width: LABEL },
      { text: v2, width: HALF - LABEL },
    ]);

  w.text('企业知识产权保护流动工作室申请表', 16);
  w.text(
    `申请编号：${a._id}  所在区：${DISTRICT.labels[a.district]}  镇街：${a.town}  生成时间：${formatShanghai(generatedAt)}`,
    9,
    {
      color: [0.35, 0.35, 0.35],
    },
  );
  w.gap();
  row('企业名称', a.companyName);
  pair('统一社会信用代码', a.creditCode, '上市情况', LISTING_STATUS.labels[f.listingStatus]);
  row('注册地址', f.registeredAddress);
  pair('注册资本', `${f.registeredCapital} 万元`, '企业人数', `${f.headcount} 人`);
  row('经营规模', BUSINESS_SCALE.labels[f.businessScale]);
  row('负责人', `${f.legalRep.name}  职务职称：${f.legalRep.title}  手机：${f.legalRep.mobile}`);
  row('联系人', `${f.contact.name}  职务职称：${f.contact.title}  手机：${f.contact.mobile}`);
  pair('知识产权部门', f.ipDepartment ? '有' : '无', '知识产权管理人员数量', `${f.ipManagers} 人`);
  pair('知识产权管理制度', since(f.ipSystemSince), '管理规范标准认证', since(f.ipStandardYear));
  pair('知识产权示范企业', levels(f.demonstration), '知识产权优势企业', levels(f.advantage));
  pair('国家高新技术企业', since(f.highTechSince), '国家、省专利奖', levels(f.patentAwards));
  row('有效量（件）', HOLDING_KIND.values.map((k) => `${HOLDING_KIND.labels[k]} ${f.holdings[k] ?? 0}`).join('  '));
  row(
    '申请需求',
    STUDIO_NEED.values
      .map(
        (n, i) =>
          `${f.needs.includes(n) ? '■' : '□'}${i + 1}.${STUDIO_NEED.labels[n]}${n === 'studio_other' && f.otherNeed ? `：${f.otherNeed}` : ''}`,
      )
      .join('\n'),
  );
  const submitted = a.history.find((s) => s.kind === 'submit');
  row(
    '负责人签名',
    `${f.legalRep.name}（承诺所填内容真实）  ${submitted ? formatShanghai(submitted.at, 'YYYY年M月D日') : ''}`,
  );
  w.gap();
  for (const stage of STUDIO_STAGE.values) {
    const steps = a.history.filter((s) => s.stage === stage && s.kind !== 'submit' && s.kind !== 'resubmit');
    const text = steps.length
      ? steps
          .map(
            (s) =>
              `${STUDIO_DECISION.labels[s.kind as keyof typeof STUDIO_DECISION.labels]}：${s.opinion}（${s.byName}，${formatShanghai(s.at, 'YYYY年M月D日')}）`,
          )
          .join('\n')
      : '（尚未审批）';
    row(`${STUDIO_STAGE.labels[stage]}意见`, stage === 'bureau' && a.number ? `${text}\n编号：${a.number}` : text);
  }
  if (a.staff.length) {
    w.gap();
    w.text('工作室人员配备', 12);
    for (const s of a.staff) {
      row(STUDIO_PARTY.labels[s.party], `${s.name}  ${s.title}  ${s.mobile}  ${s.fullTime ? '专职' : '兼职'}`);
    }
  }
  return doc.save();
}
