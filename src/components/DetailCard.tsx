/**
 * The building blocks of a detail page (a request, a visit, a training): white cards with an
 * optional title, rows of label and value, free texts kept as typed, and the card of what only
 * station staff see (marked, with the reminder that companies do not).
 */
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './DetailCard.scss';

export function DetailCard({
  title,
  internal,
  testId,
  children,
}: {
  title?: string;
  /** Only station staff see it: marked, with the reminder under it. */
  internal?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <View className={`detail-card${internal ? ' detail-card--internal' : ''}`} data-testid={testId}>
      {title ? <Text className="detail-card__title">{title}</Text> : null}
      {children}
      {internal ? <Text className="detail-card__internal-tip">仅工作站人员可见，企业看不到</Text> : null}
    </View>
  );
}

export function DetailRow({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <View className="detail-card__row" data-testid={testId}>
      <Text className="detail-card__label">{label}</Text>
      <View className="detail-card__value">{children}</View>
    </View>
  );
}

/** A text as it was typed (line breaks kept). */
export function DetailText({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Text className="detail-card__text" data-testid={testId}>
      {children}
    </Text>
  );
}

/** A small grey line under a card's content ("… 于 … 登记", "计划回访：…"). */
export function DetailNote({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Text className="detail-card__note" data-testid={testId}>
      {children}
    </Text>
  );
}
