/**
 * 首页 in one call, for anyone: the station the page is about (a company's own station, a station
 * person's own, else the first active station of the district the visitor chose), the latest
 * policy interpretations and news of the city and that station, upcoming trainings (that
 * station's first), and that station's published special services of the year.
 */
import type { HomeView } from '../../../core/contract';
import { formatShanghai } from '../../../core/rules/time';
import type {
  ArticleDoc,
  CompanyDoc,
  SpecialServiceListDoc,
  StationDoc,
  TrainingSessionDoc,
} from '../../../core/store/docs';
import { handler, type HandlerContext } from '../../_shared/runtime';
import { articleSummaryView } from '../views';

const ARTICLES = 5;
const TRAININGS = 3;
/** What 首页 shows under 政策与动态. */
const HOME_KINDS: ReadonlySet<string> = new Set(['policy', 'news']);
const LEVEL_RANK: Readonly<Record<string, number>> = { district: 0, city: 1, workstation: 2 };

async function stationOf(ctx: HandlerContext, district: string | undefined): Promise<StationDoc | null> {
  const acting = ctx.caller?.acting;
  let stationId = acting?.stationId;
  if (!stationId && acting?.companyId) {
    stationId = (await ctx.store.get<CompanyDoc>('companies', acting.companyId))?.stationId;
  }
  if (stationId) {
    const own = await ctx.store.get<StationDoc>('stations', stationId);
    if (own) return own;
  }
  if (!district) return null;
  // The district's own centre (区级) first: the one a visitor without a station would turn to.
  const stations = await ctx.store.find<StationDoc>('stations', {
    where: { status: 'active', district },
    orderBy: [['order', 'asc']],
    limit: 100,
  });
  const rank = (s: StationDoc) => LEVEL_RANK[s.level] ?? 9;
  return stations.slice().sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

async function latestArticles(ctx: HandlerContext, stationId: string | undefined, now: number) {
  const live = { status: 'published', publishAt: { $lte: now } };
  const [recent, own] = await Promise.all([
    // The city's are among the latest of all; a busy network's stations could crowd them out of
    // a short read, hence a page of them.
    ctx.store.find<ArticleDoc>('articles', { where: live, orderBy: [['publishAt', 'desc']], limit: 50 }),
    stationId
      ? ctx.store.find<ArticleDoc>('articles', {
          where: { stationId, ...live },
          orderBy: [['publishAt', 'desc']],
          limit: ARTICLES,
        })
      : Promise.resolve([]),
  ]);
  const seen = new Set<string>();
  const picked = [...recent.filter((a) => !a.stationId), ...own]
    .filter((a) => HOME_KINDS.has(a.kind) && !seen.has(a._id) && seen.add(a._id))
    .sort((a, b) => (b.publishAt ?? 0) - (a.publishAt ?? 0))
    .slice(0, ARTICLES);
  return Promise.all(picked.map((a) => articleSummaryView(ctx.files, a)));
}

async function upcomingTrainings(ctx: HandlerContext, stationId: string | undefined, now: number) {
  const soon = await ctx.store.find<TrainingSessionDoc>('trainings', {
    where: { status: 'published', startAt: { $gt: now } },
    orderBy: [['startAt', 'asc']],
    limit: 30,
  });
  const ours = (s: TrainingSessionDoc) => (s.stationId === stationId ? 0 : 1);
  return soon
    .slice()
    .sort((a, b) => ours(a) - ours(b) || a.startAt - b.startAt)
    .slice(0, TRAININGS)
    .map((s) => ({
      id: s._id,
      title: s.title,
      stationName: s.stationName,
      startAt: s.startAt,
      seatsLeft: Math.max(0, s.capacity - s.confirmedCount),
    }));
}

export default handler('content', 'home', async (ctx, input): Promise<HomeView> => {
  const now = ctx.clock.now();
  const year = Number(formatShanghai(now, 'YYYY'));
  const station = await stationOf(ctx, input.district);
  const [articles, trainings, special] = await Promise.all([
    latestArticles(ctx, station?._id, now),
    upcomingTrainings(ctx, station?._id, now),
    station
      ? ctx.store.get<SpecialServiceListDoc>('special_service_lists', `${station._id}:${year}`)
      : Promise.resolve(null),
  ]);
  return {
    station: station
      ? { id: station._id, name: station.name, phone: station.phone, address: station.address, hours: station.hours }
      : null,
    articles,
    trainings,
    specialServices:
      special?.status === 'published'
        ? special.items.map((i) => ({ id: i.id, content: i.content, frequency: i.frequency }))
        : [],
    specialYear: year,
  };
});
