/**
 * What 写文章 does: save the draft (one clientRequestId per intent, so a retry never writes twice;
 * the answer carries the HTML the server rendered, which the preview shows), publish now or at a
 * set time (saving first, so what is published is what was typed; asked to confirm), and withdraw
 * a published one. Publishing or withdrawing ends on the article's page.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { ArticleDetail } from '@core/contract';
import { useFieldBinder, type FieldBinder } from '@/hooks/useFieldBinder';
import { useSubmit } from '@/hooks/useSubmit';
import { confirm, toastError, toastInfo, toastOk } from '@/lib/feedback';
import { ROUTES } from '@/lib/routes';
import { publishArticle, saveArticle, withdrawArticle } from '@/services/content';
import { articleInput, draftErrors, draftOf, emptyDraft, scheduledAt, type ArticleDraft } from './form';

export function useArticleEditor(article: ArticleDetail | null, stationId: string | undefined) {
  const [saved, setSaved] = useState<ArticleDetail | null>(null);
  const [uploading, setUploading] = useState(false);
  const [stepping, setStepping] = useState(false);
  const [scheduleError, setScheduleError] = useState<string>();
  const articleId = saved?.id ?? article?.id;
  const { submitChecked, submitting, fieldErrors, setFieldErrors } = useSubmit(
    (clientRequestId: string): Promise<ArticleDetail> =>
      saveArticle(articleInput(form.values, clientRequestId, articleId, stationId)),
  );
  const form: FieldBinder<ArticleDraft> = useFieldBinder<ArticleDraft>(
    () => (article ? draftOf(article) : emptyDraft()),
    {
      errors: [fieldErrors, setFieldErrors],
    },
  );

  /** Saves what was typed; the saved article (with its rendered HTML), or null when it was not. */
  const save = async (): Promise<ArticleDetail | null> => {
    if (uploading) {
      toastInfo('图片或附件还在上传，请稍候');
      return null;
    }
    const result = await submitChecked(draftErrors(form.values));
    if (result) setSaved(result);
    return result;
  };

  /** 保存草稿: true once saved. */
  const saveDraft = async (): Promise<boolean> => {
    const result = await save();
    if (result) toastOk('草稿已保存');
    return !!result;
  };

  /** Publishes now, or at `publishAt`; then opens the article. */
  const publish = async (publishAt?: number) => {
    const question = publishAt ? '到时间后文章将对所有人可见。' : '发布后文章将立即对所有人可见。';
    if (!(await confirm(publishAt ? '确认定时发布' : '确认发布', question))) return;
    const article = await save();
    if (!article) return;
    setStepping(true);
    try {
      await publishArticle({ articleId: article.id, ...(publishAt ? { publishAt } : {}) });
      toastOk(publishAt ? '已设定定时发布' : '已发布');
      void Taro.redirectTo({ url: ROUTES.article(article.id) });
    } catch (e) {
      toastError(e);
    } finally {
      setStepping(false);
    }
  };

  /** 定时发布 at a Shanghai date and time, refused before sending unless it is ahead of now. */
  const schedule = async (date: string, time: string) => {
    const when = scheduledAt(date, time, Date.now());
    if ('error' in when) {
      setScheduleError(when.error);
      return;
    }
    setScheduleError(undefined);
    await publish(when.at);
  };

  const withdraw = async () => {
    if (!articleId || !(await confirm('确认撤回', '撤回后文章不再公开显示，且不能再编辑。'))) return;
    setStepping(true);
    try {
      await withdrawArticle({ articleId });
      toastOk('已撤回');
      void Taro.redirectTo({ url: ROUTES.article(articleId) });
    } catch (e) {
      toastError(e);
    } finally {
      setStepping(false);
    }
  };

  const status = saved?.status ?? article?.status;
  return {
    form,
    saved,
    busy: submitting || stepping,
    setUploading,
    scheduleError,
    canWithdraw: status === 'published',
    saveDraft,
    save,
    publish,
    schedule,
    withdraw,
  };
}
