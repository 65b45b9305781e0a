/**
 * One company's timeline: its visits, consultations and service requests merged newest first.
 *
 * Page p of size s is within the first p·s items of the three lists together, so each list is
 * read newest first up to p·s (served by the [companyId, <time> desc] index of each collection),
 * merged and cut. That bounds how deep one can page (TIMELINE_MAX_ITEMS), which a company page
 * never comes near.
 */
import type { TimelineItem, TimelineKind } from '../../core/contract';
import { SERVICE_CATEGORY, VISIT_FORM, labelOf } from '../../core/enums';
import type { Doc, Store } from '../../core/ports';
import { TIMELINE_MAX_ITEMS } from '../../core/rules/ledger';
import type { ConsultationRecordDoc, ServiceRequestDoc, VisitDoc } from '../../core/store/docs';
import type { CollectionName } from '../../core/store/schema';
import { invalidField } from './profile';

type Shared = Omit<Extract<TimelineItem, { view: 'company' }>, 'view'>;
type StationOnly = Omit<Extract<TimelineItem, { view: 'station' }>, 'view' | keyof Shared>;

interface Source<D extends Doc> {
  kind: TimelineKind;
  collection: CollectionName;
  timeField: string;
  shared(d: D): Shared;
  stationOnly(d: D): StationOnly;
}

const visits: Source<VisitDoc> = {
  kind: 'visit',
  collection: 'visits',
  timeField: 'visitedAt',
  shared: (d) => ({
    kind: 'visit',
    id: d._id,
    at: d.visitedAt,
    title: labelOf(VISIT_FORM, d.form),
    summary: d.sharedSummary,
    stationName: d.stationName,
  }),
  stationOnly: (d) => ({ findings: d.findings, internalNote: d.internalNote, visitors: d.visitors }),
};

const consultations: Source<ConsultationRecordDoc> = {
  kind: 'consultation',
  collection: 'consultation_records',
  timeField: 'consultedAt',
  shared: (d) => ({
    kind: 'consultation',
    id: d._id,
    at: d.consultedAt,
    title: labelOf(SERVICE_CATEGORY, d.category),
    summary: d.summary,
    detail: d.answer,
    stationName: d.stationName,
    byName: d.consultantName,
  }),
  stationOnly: (d) => ({ internalNote: d.internalNote }),
};

const requests: Source<ServiceRequestDoc> = {
  kind: 'request',
  collection: 'service_requests',
  timeField: 'createdAt',
  shared: (d) => ({
    kind: 'request',
    id: d._id,
    at: d.createdAt,
    title: labelOf(SERVICE_CATEGORY, d.category),
    summary: d.description,
    detail: d.result || undefined,
    status: d.status,
    stationName: d.stationName,
    byName: d.createdByName,
  }),
  stationOnly: (d) => ({ internalNote: d.internalNote }),
};

const SOURCES = [visits, consultations, requests] as Array<Source<Doc>>;
const KIND_ORDER: Record<TimelineKind, number> = { visit: 0, consultation: 1, request: 2 };

/** Newest first; equal times in a fixed order, so pages tile. */
function newestFirst(a: Shared, b: Shared): number {
  return b.at - a.at || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export async function timelinePage(
  store: Store,
  companyId: string,
  page: { page: number; pageSize: number },
  stationView: boolean,
): Promise<{ items: TimelineItem[]; total: number }> {
  const reach = page.page * page.pageSize;
  if (reach > TIMELINE_MAX_ITEMS) {
    throw invalidField('page', '页码', `时间线最多显示最近 ${TIMELINE_MAX_ITEMS} 条记录`);
  }
  const where = { companyId };
  const [lists, counts] = await Promise.all([
    Promise.all(
      SOURCES.map((s) => store.find<Doc>(s.collection, { where, orderBy: [[s.timeField, 'desc']], limit: reach })),
    ),
    Promise.all(SOURCES.map((s) => store.count(s.collection, where))),
  ]);
  const merged = lists
    .flatMap((docs, i) => docs.map((d) => ({ source: SOURCES[i]!, doc: d, shared: SOURCES[i]!.shared(d) })))
    .sort((a, b) => newestFirst(a.shared, b.shared))
    .slice((page.page - 1) * page.pageSize, reach);
  const items: TimelineItem[] = merged.map(({ source, doc, shared }) =>
    stationView ? { view: 'station', ...shared, ...source.stationOnly(doc) } : { view: 'company', ...shared },
  );
  const total = Math.min(
    counts.reduce((a, b) => a + b, 0),
    TIMELINE_MAX_ITEMS,
  );
  return { items, total };
}
