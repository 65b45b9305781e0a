/**
 * The application as filled in, read-only, in the sections of appendix A (table A.1): the
 * company, its responsible person and contact, its IP management and honours, its holdings (a
 * table of the valid counts) and the needs it applies for, every need listed with those chosen
 * ticked — as on the paper form.
 */
import { Text, View } from '@tarojs/components';
import type { StudioApplication } from '@core/contract';
import {
  BUSINESS_SCALE,
  DISTRICT,
  HOLDING_KIND,
  HONOR_LEVEL,
  LISTING_STATUS,
  STUDIO_NEED,
  labelOf,
  type HonorLevel,
} from '@core/enums';
import { DetailCard, DetailRow, DetailText } from '@/components/DetailCard';
import { PhoneLink } from '@/components/PhoneLink';

type Form = StudioApplication['form'];

const levels = (v: HonorLevel[]) => (v.length ? v.map((l) => HONOR_LEVEL.labels[l]).join('、') : '无');
const year = (y: number | undefined) => (y === undefined ? '无' : `${y} 年`);

function Person({ label, p, testId }: { label: string; p: Form['contact']; testId: string }) {
  return (
    <DetailRow label={label} testId={testId}>
      <Text>
        {p.name} · {p.title} ·{' '}
      </Text>
      <PhoneLink phone={p.mobile} />
    </DetailRow>
  );
}

export function ApplicationForm({ a }: { a: StudioApplication }) {
  const f = a.form;
  return (
    <>
      <DetailCard title="企业基本情况" testId="form-basics">
        <DetailRow label="企业名称">{a.companyName}</DetailRow>
        <DetailRow label="统一社会信用代码">{a.creditCode}</DetailRow>
        <DetailRow label="所在区">{labelOf(DISTRICT, a.district)}</DetailRow>
        <DetailRow label="所在镇街">{f.town}</DetailRow>
        <DetailRow label="注册地址">{f.registeredAddress}</DetailRow>
        <DetailRow label="上市情况">{LISTING_STATUS.labels[f.listingStatus]}</DetailRow>
        <DetailRow label="注册资本">{f.registeredCapital} 万元</DetailRow>
        <DetailRow label="企业人数">{f.headcount} 人</DetailRow>
        <DetailRow label="经营规模">{BUSINESS_SCALE.labels[f.businessScale]}</DetailRow>
      </DetailCard>

      <DetailCard title="负责人与联系人" testId="form-people">
        <Person label="负责人" p={f.legalRep} testId="form-legal-rep" />
        <Person label="联系人" p={f.contact} testId="form-contact" />
      </DetailCard>

      <DetailCard title="知识产权管理" testId="form-ip">
        <DetailRow label="知识产权部门">{f.ipDepartment ? '有' : '无'}</DetailRow>
        <DetailRow label="知识产权管理人员">{f.ipManagers} 人</DetailRow>
        <DetailRow label="知识产权管理制度">{year(f.ipSystemSince)}</DetailRow>
        <DetailRow label="管理规范标准认证">{year(f.ipStandardYear)}</DetailRow>
        <DetailRow label="知识产权示范企业">{levels(f.demonstration)}</DetailRow>
        <DetailRow label="知识产权优势企业">{levels(f.advantage)}</DetailRow>
        <DetailRow label="国家高新技术企业">{year(f.highTechSince)}</DetailRow>
        <DetailRow label="国家、省专利奖">{levels(f.patentAwards)}</DetailRow>
      </DetailCard>

      <DetailCard title="知识产权有效量（件）" testId="form-holdings">
        <View className="studio-holdings">
          {HOLDING_KIND.values.map((k) => (
            <View key={k} className="studio-holdings__cell" data-testid="holding" data-kind={k}>
              <Text className="studio-holdings__label">{HOLDING_KIND.labels[k]}</Text>
              <Text className="studio-holdings__count">{f.holdings[k]}</Text>
            </View>
          ))}
        </View>
      </DetailCard>

      <DetailCard title="申请需求" testId="form-needs">
        {STUDIO_NEED.values.map((n) => {
          const chosen = f.needs.includes(n);
          return (
            <View
              key={n}
              className={`studio-needs__row${chosen ? ' studio-needs__row--chosen' : ''}`}
              data-testid="need"
              data-value={n}
              data-chosen={chosen ? 'true' : 'false'}
            >
              <Text className="studio-needs__box">{chosen ? '☑' : '☐'}</Text>
              <Text>{STUDIO_NEED.labels[n]}</Text>
            </View>
          );
        })}
        {f.needs.includes('studio_other') && f.otherNeed ? (
          <DetailText testId="form-other-need">其他需求说明：{f.otherNeed}</DetailText>
        ) : null}
      </DetailCard>
    </>
  );
}
