/** An expert's profile as read (专家详情, and the expert's own once left): who, what, qualifications, where. */
import type { MyExpertProfile } from '@core/contract';
import { DetailCard, DetailRow } from '@/components/DetailCard';
import { PhoneLink } from '@/components/PhoneLink';
import { stampOf } from '@/lib/format';
import { industriesLabel, qualificationLabel, specialitiesLabel, statusLabel } from '../lib/labels';

export function ExpertFacts({ profile: p }: { profile: MyExpertProfile }) {
  return (
    <DetailCard title={p.name} testId="expert-facts">
      <DetailRow label="状态" testId="expert-status">
        {statusLabel(p.status)}
        {p.awayUntil ? `（暂停接单至 ${p.awayUntil}）` : ''}
      </DetailRow>
      <DetailRow label="所在单位">{p.organisation}</DetailRow>
      <DetailRow label="职务/职称">{p.title}</DetailRow>
      <DetailRow label="从业年限">{p.yearsOfPractice} 年</DetailRow>
      <DetailRow label="擅长领域">{specialitiesLabel(p.specialities)}</DetailRow>
      <DetailRow label="熟悉行业">{industriesLabel(p.industries)}</DetailRow>
      <DetailRow label="执业资格">
        {p.qualifications.length ? p.qualifications.map(qualificationLabel).join('；') : '未填写'}
      </DetailRow>
      <DetailRow label="服务站点">{p.stations.map((s) => s.name).join('、')}</DetailRow>
      <DetailRow label="手机号">
        <PhoneLink phone={p.mobile} />
      </DetailRow>
      {p.email ? <DetailRow label="邮箱">{p.email}</DetailRow> : null}
      {p.commitmentAcceptedAt ? <DetailRow label="行为承诺">{stampOf(p.commitmentAcceptedAt)} 已承诺</DetailRow> : null}
      {p.filedAt ? <DetailRow label="备案时间">{stampOf(p.filedAt)}</DetailRow> : null}
      {p.returnReason ? <DetailRow label="退回原因">{p.returnReason}</DetailRow> : null}
      {p.leftReason ? (
        <DetailRow label={p.status === 'removed' ? '除名原因' : '退出原因'}>
          {p.leftReason}
          {p.leftAt ? `（${stampOf(p.leftAt)}）` : ''}
        </DetailRow>
      ) : null}
    </DetailCard>
  );
}
