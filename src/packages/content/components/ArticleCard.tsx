/**
 * One article in a list: the cover (when it has one), the title, where it comes from, the date,
 * the summary and how often it was read; for its keepers the status and when it is (or will be)
 * published instead of the date.
 */
import { Image, Text, View } from '@tarojs/components';
import type { ArticleSummary } from '@core/contract';
import { absoluteUrl } from '@/services/files';
import { publishDateOf, publishLineOf } from '../lib/labels';
import { ArticleKindTag, ArticleStatusTag } from './ArticleTags';
import './ArticleCard.scss';

interface ArticleCardProps {
  article: ArticleSummary;
  /** 文章管理: the status and the publish line. */
  managed?: boolean;
  onOpen: (articleId: string) => void;
}

export function ArticleCard({ article: a, managed, onOpen }: ArticleCardProps) {
  return (
    <View className="article-card" data-testid="article" data-id={a.id} onClick={() => onOpen(a.id)}>
      {a.coverUrl ? <Image className="article-card__cover" src={absoluteUrl(a.coverUrl)} mode="aspectFill" /> : null}
      <View className="article-card__head">
        <Text className="article-card__title">{a.title}</Text>
        {managed ? <ArticleStatusTag status={a.status} /> : <ArticleKindTag kind={a.kind} />}
      </View>
      <Text className="article-card__line article-card__line--muted">
        {a.source}
        {managed ? '' : ` · ${publishDateOf(a)}`}
      </Text>
      {managed ? (
        <Text className="article-card__line" data-testid="article-publish">
          {publishLineOf(a, Date.now())}
        </Text>
      ) : null}
      {a.summary ? <Text className="article-card__summary">{a.summary}</Text> : null}
      <Text className="article-card__line article-card__line--muted">阅读 {a.readCount}</Text>
    </View>
  );
}
