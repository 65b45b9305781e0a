/**
 * The search index (content.search): each article, station and service item as one entry of its
 * segmented words (core/rules/search-terms.ts), written by the action that changes the record —
 * articles by the content function, stations and items by the directory — so search never reads
 * the records themselves. `reindexAll` rebuilds every entry (the setup step after an upgrade, the
 * demo, and the benchmark's bulk load).
 */
import { isAppError } from '../../core/errors';
import { ROUTES } from '../../core/pages';
import type { Store } from '../../core/ports';
import type { ArticleDoc, SearchEntryDoc, ServiceItemDoc, StationDoc } from '../../core/store/docs';
import { searchTermsOf, termsField } from '../../core/rules/search-terms';
import { scanAll } from './paging';

type Entry = Pick<
  SearchEntryDoc,
  'kind' | 'refId' | 'title' | 'snippet' | 'link' | 'stationId' | 'stationName' | 'live' | 'sortAt'
>;

/** The title counts as much as the body: its words go first, so a long body never crowds it out. */
function termsOfEntry(title: string, body: string): string {
  return termsField(searchTermsOf(`${title}\n${body}`));
}

/** Writes (or replaces) one entry. */
async function put(store: Store, entry: Entry, body: string): Promise<void> {
  const _id = `${entry.kind}:${entry.refId}`;
  const doc = { ...entry, terms: termsOfEntry(entry.title, body) };
  if ((await store.update('search_entries', { _id }, { set: doc })) > 0) return;
  try {
    await store.insert('search_entries', { _id, ...doc });
  } catch (e) {
    // Another write of the same record got there first: ours is as new, so replace it.
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    await store.update('search_entries', { _id }, { set: doc });
  }
}

/** A snippet: the first line of plain text, short. */
const snippetOf = (text: string, max = 80) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export function indexArticle(store: Store, a: ArticleDoc): Promise<void> {
  // The Markdown source is the body's text (its markup adds no Chinese words worth matching).
  return put(
    store,
    {
      kind: 'article',
      refId: a._id,
      title: a.title,
      snippet: snippetOf(a.summary),
      link: ROUTES.article(a._id),
      ...(a.stationId ? { stationId: a.stationId } : {}),
      stationName: a.source,
      live: a.status === 'published',
      sortAt: a.publishAt ?? a.updatedAt,
    },
    `${a.summary}\n${a.markdown}`,
  );
}

export function indexStation(store: Store, s: StationDoc): Promise<void> {
  return put(
    store,
    {
      kind: 'station',
      refId: s._id,
      title: s.name,
      snippet: snippetOf(`${s.address} · ${s.phone}`),
      link: ROUTES.station(s._id),
      stationId: s._id,
      stationName: s.name,
      live: s.status === 'active',
      sortAt: s.updatedAt,
    },
    [s.address, s.operator ?? '', s.intro ?? '', ...(s.keyIndustries ?? [])].join('\n'),
  );
}

export function indexServiceItem(store: Store, item: ServiceItemDoc, station: Pick<StationDoc, 'name'>): Promise<void> {
  return put(
    store,
    {
      kind: 'item',
      refId: item._id,
      title: item.name,
      snippet: snippetOf(item.content),
      link: ROUTES.station(item.stationId),
      stationId: item.stationId,
      stationName: station.name,
      live: item.status === 'published',
      sortAt: item.updatedAt,
    },
    [item.targetUsers, item.content, item.procedure].join('\n'),
  );
}

/** Rebuilds every entry from the records; returns how many were written. */
export async function reindexAll(store: Store): Promise<number> {
  let written = 0;
  const names = new Map<string, string>();
  for await (const s of scanAll<StationDoc>(store, 'stations', {}, ['_id', 'asc'])) {
    names.set(s._id, s.name);
    await indexStation(store, s);
    written++;
  }
  for await (const item of scanAll<ServiceItemDoc>(store, 'service_items', {}, ['_id', 'asc'])) {
    await indexServiceItem(store, item, { name: names.get(item.stationId) ?? '' });
    written++;
  }
  for await (const a of scanAll<ArticleDoc>(store, 'articles', {}, ['_id', 'asc'])) {
    await indexArticle(store, a);
    written++;
  }
  return written;
}
