/**
 * What the article pages say about an article: the filter chips of its kind and status, and the
 * line telling when it is (or will be) published. Pure: no Taro, no services.
 */
import type { ArticleSummary } from '@core/contract';
import { ARTICLE_KIND, ARTICLE_STATUS } from '@core/enums';
import { formatShanghai } from '@core/rules/time';
import { chipsOf } from '@/components/ChipRow';

export const KIND_CHIPS = chipsOf(ARTICLE_KIND, '全部');
export const STATUS_CHIPS = chipsOf(ARTICLE_STATUS, '全部');

/** The publish date readers see (Shanghai). */
export const publishDateOf = (a: Pick<ArticleSummary, 'publishAt' | 'updatedAt'>) =>
  formatShanghai(a.publishAt ?? a.updatedAt, 'YYYY-MM-DD');

/** Whether a published article is still waiting for its set time. */
export const isScheduled = (a: Pick<ArticleSummary, 'status' | 'publishAt'>, now: number) =>
  a.status === 'published' && a.publishAt !== undefined && a.publishAt > now;

/** The keeper's line: 定时 … 发布 for one waiting for its time, else when it was published or last edited. */
export function publishLineOf(a: ArticleSummary, now: number): string {
  if (isScheduled(a, now)) return `定时 ${formatShanghai(a.publishAt!, 'YYYY-MM-DD HH:mm')} 发布`;
  if (a.status === 'published' && a.publishAt !== undefined)
    return `${formatShanghai(a.publishAt, 'YYYY-MM-DD HH:mm')} 发布`;
  return `${formatShanghai(a.updatedAt, 'YYYY-MM-DD HH:mm')} 更新`;
}
