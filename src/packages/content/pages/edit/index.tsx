/**
 * 写文章 (?articleId=): a chief writes their station's articles, an admin the city's or any
 * station's (发布范围, for a new one: 全市 or a station). The body is Markdown; 预览 and 保存草稿
 * save and show what the server rendered from it (the same HTML readers get), so the preview
 * never differs from the published page. 发布 and 定时发布 save first; a published one may be
 * withdrawn. Field errors from the server show under their fields and what was typed stays.
 */
import { useState, type ReactNode } from 'react';
import { RichText, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ArticleDetail } from '@core/contract';
import { LoadStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { useStationScope } from '@/components/StationScope';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { useSession } from '@/hooks/useSession';
import { getArticle } from '@/services/content';
import { ArticleFields } from '@/packages/content/components/ArticleFields';
import { SchedulePanel } from '@/packages/content/components/SchedulePanel';
import { useArticleEditor } from '@/packages/content/lib/editor';
import './index.scss';

interface ArticleFormProps {
  article: ArticleDetail | null;
  /** A chief's own station, or the admin's choice ('': the city's). */
  stationId?: string;
  scopePicker?: ReactNode;
}

function ArticleForm({ article, stationId, scopePicker }: ArticleFormProps) {
  const editor = useArticleEditor(article, stationId);
  const [preview, setPreview] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const showPreview = async () => {
    if (await editor.save()) setPreview(true);
  };

  return (
    <View className="article-edit__form">
      <View className="article-edit__tabs">
        <Button size="small" type={preview ? 'default' : 'primary'} onClick={() => setPreview(false)}>
          编辑
        </Button>
        <Button size="small" type={preview ? 'primary' : 'default'} onClick={() => void showPreview()}>
          预览
        </Button>
      </View>
      {preview && editor.saved ? (
        <View className="article-edit__preview" data-testid="article-preview">
          <Text className="article-edit__preview-title">{editor.form.values.title}</Text>
          <RichText nodes={editor.saved.html} />
        </View>
      ) : (
        <>
          {scopePicker ? <Text className="article-edit__section">发布范围</Text> : null}
          {scopePicker}
          <ArticleFields form={editor.form} coverUrl={article?.coverUrl} onUploading={editor.setUploading} />
        </>
      )}
      {scheduling ? (
        <SchedulePanel
          date={date}
          time={time}
          onDate={setDate}
          onTime={setTime}
          error={editor.scheduleError}
          busy={editor.busy}
          onConfirm={() => void editor.schedule(date, time)}
          onCancel={() => setScheduling(false)}
        />
      ) : (
        <View className="article-edit__buttons">
          <Button
            block
            fill="outline"
            loading={editor.busy}
            onClick={() => void editor.saveDraft().then((ok) => ok && setPreview(true))}
          >
            保存草稿
          </Button>
          <Button type="primary" block loading={editor.busy} onClick={() => void editor.publish()}>
            发布
          </Button>
          <Button block fill="outline" onClick={() => setScheduling(true)}>
            定时发布
          </Button>
          {editor.canWithdraw ? (
            <Button type="danger" block fill="outline" onClick={() => void editor.withdraw()}>
              撤回
            </Button>
          ) : null}
        </View>
      )}
    </View>
  );
}

/** An admin's new article: 全市 or a station picked first. */
function AdminNewArticle() {
  const scope = useStationScope(undefined, { allOption: '全市' });
  return <ArticleForm article={null} stationId={scope.stationId} scopePicker={scope.picker} />;
}

function ExistingArticle({ articleId }: { articleId: string }) {
  const loaded = useLoad(() => getArticle({ articleId }), [articleId]);
  if (!loaded.data) return <LoadStatus loaded={loaded} missing="文章不存在或已无权编辑" />;
  return <ArticleForm article={loaded.data} stationId={loaded.data.stationId} />;
}

export default function ArticleEditPage() {
  const { articleId = '' } = usePageParams();
  const session = useSession();
  const acting = session.acting;
  return (
    <View className="article-edit">
      <RoleGate session={session} needs={['content', 'saveArticle']} what="撰写文章">
        {articleId ? (
          <ExistingArticle key={acting?.id ?? ''} articleId={articleId} />
        ) : acting?.role === 'admin' ? (
          <AdminNewArticle key={acting.id} />
        ) : (
          <ArticleForm key={acting?.id ?? ''} article={null} stationId={acting?.stationId} />
        )}
      </RoleGate>
    </View>
  );
}
