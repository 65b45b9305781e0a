/**
 * One referral in a list: which way it went (移交至 the target, or 来自 the referring station, as
 * the viewer's station stands to it), its status, the company (or 「企业未同意披露」), the summary's
 * first lines, who referred it and when.
 */
import { Text, View } from '@tarojs/components';
import type { ReferralSummary } from '@core/contract';
import { REFERRAL_SOURCE } from '@core/enums';
import { stampOf } from '@/lib/format';
import { ReferralStatusTag } from './ReferralStatusTag';
import './ReferralCard.scss';

interface ReferralCardProps {
  referral: ReferralSummary;
  /** The station the viewer acts for (none: an admin, who sees both ends). */
  stationId?: string;
  onOpen: (referralId: string) => void;
}

/** 移交至… for what the viewer's station sent, 来自… for what it received; both ends for an admin. */
export function directionOf(r: ReferralSummary, stationId?: string): string {
  if (!stationId) return `${r.fromStationName} → ${r.target.name}`;
  return r.fromStationId === stationId ? `移交至：${r.target.name}` : `来自：${r.fromStationName}`;
}

export function ReferralCard({ referral: r, stationId, onOpen }: ReferralCardProps) {
  return (
    <View
      className="referral-card"
      data-testid="referral"
      data-id={r.id}
      data-status={r.status}
      onClick={() => onOpen(r.id)}
    >
      <View className="referral-card__head">
        <Text className="referral-card__title">{r.companyName}</Text>
        <ReferralStatusTag status={r.status} />
      </View>
      <Text className="referral-card__line">{directionOf(r, stationId)}</Text>
      <Text className="referral-card__text">{r.summary}</Text>
      <Text className="referral-card__line referral-card__line--muted">
        {r.createdByName} 于 {stampOf(r.createdAt)} 移交 · 来源：{REFERRAL_SOURCE.labels[r.source.kind]}
        {r.attachmentCount ? ` · 证据 ${r.attachmentCount} 份` : ''}
      </Text>
    </View>
  );
}
