/**
 * 文章详情 (?articleId=): one article for anyone — the title, its column, where it comes from, the
 * date and how often it was read, the body and the attachments. The body is the HTML the server
 * rendered from the Markdown and sanitised (cloudfunctions/content/render.ts), shown with RichText
 * on both platforms: the page never injects HTML itself. Whoever may edit it (the answer carries
 * the Markdown only for them) also gets 编辑; coming back from the editor reloads.
 */
import Taro from '@tarojs/taro';
import { Image, RichText, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { AttachmentList } from '@/components/AttachmentList';
import { LoadStatus } from '@/components/ListStatus';
import { useLoad } from '@/hooks/useLoad';
import { useReloadOnReturn } from '@/hooks/usePageRefresh';
import { usePageParams } from '@/hooks/usePageParams';
import { ROUTES } from '@/lib/routes';
import { getArticle } from '@/services/content';
import { absoluteUrl } from '@/services/files';
import { ArticleKindTag, ArticleStatusTag } from '@/packages/content/components/ArticleTags';
import { publishDateOf } from '@/packages/content/lib/labels';
import './index.scss';

export default function ArticleDetailPage() {
  const { articleId = '' } = usePageParams();
  // Opened without an article (a stale link): nothing to ask the server for.
  const loaded = useLoad(() => (articleId ? getArticle({ articleId }) : Promise.resolve(null)), [articleId]);
  useReloadOnReturn(loaded.reload);
  const a = loaded.data;

  if (!a) {
    return (
      <View className="article-detail">
        <LoadStatus loaded={loaded} missing="文章不存在或已无权查看" />
      </View>
    );
  }
  return (
    <View className="article-detail">
      <View className="article-detail__head">
        <Text className="article-detail__title" data-testid="article-title">
          {a.title}
        </Text>
        <View className="article-detail__tags">
          <ArticleKindTag kind={a.kind} />
          {a.status !== 'published' ? <ArticleStatusTag status={a.status} /> : null}
        </View>
        <Text className="article-detail__meta">
          {a.source} · {publishDateOf(a)} · 阅读 {a.readCount}
        </Text>
      </View>
      {a.coverUrl ? <Image className="article-detail__cover" src={absoluteUrl(a.coverUrl)} mode="widthFix" /> : null}
      <View className="article-detail__body" data-testid="article-body">
        <RichText nodes={a.html} />
      </View>
      <AttachmentList items={a.attachments} />
      {a.markdown !== undefined ? (
        <View className="article-detail__footer">
          <Button block fill="outline" onClick={() => void Taro.navigateTo({ url: ROUTES.articleEdit(a.id) })}>
            编辑
          </Button>
        </View>
      ) : null}
    </View>
  );
}
