/** Stored articles → the published shapes (the cover's and attachments' URLs resolved in one call). */
import type { ArticleDetail, ArticleSummary, PushRecord } from '../../core/contract';
import type { Files } from '../../core/ports';
import type { ArticleDoc, PushDoc } from '../../core/store/docs';
import { attachmentViews } from '../_shared/attachments';

export async function articleSummaryView(files: Files, d: ArticleDoc): Promise<ArticleSummary> {
  const [cover] = d.cover ? await attachmentViews(files, [d.cover]) : [];
  return {
    id: d._id,
    kind: d.kind,
    ...(d.stationId ? { stationId: d.stationId } : {}),
    source: d.source,
    title: d.title,
    summary: d.summary,
    ...(cover ? { coverUrl: cover.url } : {}),
    status: d.status,
    ...(d.publishAt !== undefined ? { publishAt: d.publishAt } : {}),
    readCount: d.readCount,
    updatedAt: d.updatedAt,
  };
}

export async function articleView(files: Files, d: ArticleDoc, editable: boolean): Promise<ArticleDetail> {
  return {
    ...(await articleSummaryView(files, d)),
    html: d.html,
    attachments: await attachmentViews(files, d.attachments),
    ...(editable ? { markdown: d.markdown } : {}),
  };
}

export function pushView(p: PushDoc): PushRecord {
  return {
    id: p._id,
    target: { kind: p.targetKind, id: p.targetId },
    audience: p.audience,
    audienceLabel: p.audienceLabel,
    byName: p.byName,
    at: p.at,
    status: p.status,
    companies: p.companies,
    sent: p.sent,
  };
}
