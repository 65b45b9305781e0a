/**
 * 写文章's draft: the column, the title, the Markdown body, the cover and the attachments; its checks (the limits of
 * core/rules/articles.ts, so most mistakes show before sending) and the saveArticle input it
 * becomes; and the check of a scheduled time. Pure: no Taro, no services.
 */
import type { AttachmentView, InputOf } from '@core/contract';
import type { ArticleKind } from '@core/enums';
import { ARTICLE_BODY_MAX, ARTICLE_BODY_MIN, ARTICLE_TITLE_MAX } from '@core/rules/articles';
import { isClock, isDate, shanghaiInstant } from '@core/rules/time';

export { ARTICLE_BODY_MAX, ARTICLE_TITLE_MAX };

export interface ArticleDraft {
  kind: ArticleKind | '';
  title: string;
  markdown: string;
  /** A newly uploaded cover (at most one); none keeps the cover the article has. */
  cover: AttachmentView[];
  attachments: AttachmentView[];
}

export const emptyDraft = (): ArticleDraft => ({
  kind: '',
  title: '',
  markdown: '',
  cover: [],
  attachments: [],
});

/** The problems to show under each field (keys as the server names them), top of the form first. */
export function draftErrors(d: ArticleDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!d.kind) errors.kind = '栏目：请选择文章的栏目';
  const title = d.title.trim().length;
  if (title < 2) errors.title = '标题：请至少填写2个字';
  else if (title > ARTICLE_TITLE_MAX) errors.title = `标题：不能超过${ARTICLE_TITLE_MAX}字`;
  const body = d.markdown.trim().length;
  if (body < ARTICLE_BODY_MIN) errors.markdown = `正文：请至少填写${ARTICLE_BODY_MIN}个字`;
  else if (body > ARTICLE_BODY_MAX) errors.markdown = `正文：不能超过${ARTICLE_BODY_MAX}字`;
  return errors;
}

type SaveInput = InputOf<'content', 'saveArticle'>;

/**
 * Call only once draftErrors found nothing. `stationId`: a chief's own station, or the admin's
 * choice ('' or absent: the city's); an edit keeps the article's own whatever is sent.
 */
export function articleInput(
  d: ArticleDraft,
  clientRequestId: string,
  articleId: string | undefined,
  stationId: string | undefined,
): SaveInput {
  const [cover] = d.cover;
  return {
    clientRequestId,
    ...(articleId ? { articleId } : {}),
    kind: d.kind as ArticleKind,
    ...(stationId ? { stationId } : {}),
    title: d.title.trim(),
    markdown: d.markdown,
    ...(cover ? { cover: cover.id } : {}),
    attachments: d.attachments.map((a) => a.id),
  };
}

/** The instant of a scheduled publication, or the reason it cannot be one. */
export function scheduledAt(date: string, clock: string, now: number): { at: number } | { error: string } {
  if (!isDate(date) || !isClock(clock)) return { error: '请选择定时发布的日期和时间' };
  const at = shanghaiInstant(date, clock);
  if (at <= now) return { error: '定时发布的时间必须晚于现在' };
  return { at };
}

/** The draft of an article being edited (its Markdown comes only to those who may edit it). */
export function draftOf(a: {
  kind: ArticleKind;
  title: string;
  markdown?: string;
  attachments: AttachmentView[];
}): ArticleDraft {
  return { kind: a.kind, title: a.title, markdown: a.markdown ?? '', cover: [], attachments: a.attachments };
}
