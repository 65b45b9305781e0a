/**
 * 发现的问题 of a 服务评价: what fell short in the period, each under where it came from, with
 * 「发起整改」 for whoever may open an improvement action (the chief, an admin) — it opens 整改事项
 * with the finding filled in.
 */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { ServiceReview } from '@core/contract';
import { IMPROVEMENT_SOURCE } from '@core/enums';
import { DetailCard, DetailNote } from '@/components/DetailCard';
import { improvementForFinding } from '../lib/links';
import './ReviewSections.scss';

interface ReviewFindingsProps {
  findings: ServiceReview['findings'];
  /** Whether 「发起整改」 is offered (the acting role may open an improvement action). */
  canImprove: boolean;
  /** The station the action is for, when the acting role picks stations (an admin); else the chief's own. */
  stationId?: string;
}

export function ReviewFindings({ findings, canImprove, stationId }: ReviewFindingsProps) {
  return (
    <DetailCard title="发现的问题" testId="review-findings">
      {findings.length ? null : <DetailNote>本期未发现问题</DetailNote>}
      {findings.map((f, i) => (
        <View key={`${i}:${f.text}`} className="review-finding" data-testid="review-finding" data-source={f.source}>
          <Tag type="warning" plain>
            {IMPROVEMENT_SOURCE.labels[f.source]}
          </Tag>
          <Text className="review-finding__text">{f.text}</Text>
          {canImprove ? (
            <View className="review-finding__actions">
              <Button
                size="small"
                type="primary"
                onClick={() => void Taro.navigateTo({ url: improvementForFinding(f, stationId) })}
              >
                发起整改
              </Button>
            </View>
          ) : null}
        </View>
      ))}
    </DetailCard>
  );
}
