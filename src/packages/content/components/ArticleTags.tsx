/** An article's column as a tag, and for its keepers its status (已发布 green, 已撤回 grey). */
import { View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { ARTICLE_KIND, ARTICLE_STATUS, type ArticleKind, type ArticleStatus } from '@core/enums';

const STATUS_TYPE = {
  draft: 'warning',
  published: 'success',
  withdrawn: 'default',
} as const satisfies Record<ArticleStatus, string>;

export function ArticleKindTag({ kind }: { kind: ArticleKind }) {
  return (
    <View data-testid="article-kind" data-kind={kind}>
      <Tag type="primary" plain>
        {ARTICLE_KIND.labels[kind]}
      </Tag>
    </View>
  );
}

export function ArticleStatusTag({ status }: { status: ArticleStatus }) {
  return (
    <View data-testid="article-status" data-status={status}>
      <Tag type={STATUS_TYPE[status]}>{ARTICLE_STATUS.labels[status]}</Tag>
    </View>
  );
}
