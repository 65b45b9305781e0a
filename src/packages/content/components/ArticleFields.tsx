/**
 * 写文章's fields: 栏目 (one column), 标题, 正文 (Markdown, with a reminder of the syntax the server
 * renders), 封面图片 (one picture; none keeps the current one) and 附件. Uploads tell the page while
 * they are still running, so it can hold the save.
 */
import { Image, Text, View } from '@tarojs/components';
import { ARTICLE_KIND } from '@core/enums';
import { AttachmentPicker } from '@/components/AttachmentPicker';
import { TextField, optionsOf } from '@/components/FormField';
import { ToggleChips } from '@/components/ToggleChips';
import type { FieldBinder } from '@/hooks/useFieldBinder';
import { absoluteUrl } from '@/services/files';
import { ARTICLE_BODY_MAX, ARTICLE_TITLE_MAX, type ArticleDraft } from '../lib/form';

const SYNTAX_HINT = '支持：## 标题，- 列表，**加粗**，[链接](https://…)，![图片](https://…)，| 表格 |';

interface ArticleFieldsProps {
  form: FieldBinder<ArticleDraft>;
  /** The cover the article already has, shown until a new one is picked. */
  coverUrl?: string;
  onUploading: (busy: boolean) => void;
}

export function ArticleFields({ form, coverUrl, onUploading }: ArticleFieldsProps) {
  const { kind } = form.values;
  return (
    <>
      <ToggleChips
        name="kind"
        label="栏目"
        required
        options={optionsOf(ARTICLE_KIND)}
        value={kind ? [kind] : []}
        // One column: the chip just tapped replaces the one before.
        onChange={(v) => form.set('kind', v[v.length - 1] ?? '')}
        error={form.errors.kind}
      />
      <TextField {...form.bind('title')} label="标题" maxLength={ARTICLE_TITLE_MAX} required />
      <TextField
        {...form.bind('markdown')}
        label="正文"
        placeholder="用 Markdown 撰写正文"
        maxLength={ARTICLE_BODY_MAX}
        multiline
        required
      />
      <Text className="article-edit__hint" data-testid="markdown-hint">
        {SYNTAX_HINT}
      </Text>
      {coverUrl && !form.values.cover.length ? (
        <View className="article-edit__cover">
          <Text className="article-edit__hint">当前封面（选择新图片可替换）</Text>
          <Image className="article-edit__cover-image" src={absoluteUrl(coverUrl)} mode="aspectFill" />
        </View>
      ) : null}
      <AttachmentPicker
        name="cover"
        label="封面图片"
        value={form.values.cover}
        onChange={(v) => form.set('cover', v)}
        purpose="request"
        max={1}
        allowPdf={false}
        onBusyChange={onUploading}
        error={form.errors.cover}
      />
      <AttachmentPicker
        value={form.values.attachments}
        onChange={(v) => form.set('attachments', v)}
        purpose="request"
        onBusyChange={onUploading}
        error={form.errors.attachments}
      />
    </>
  );
}
