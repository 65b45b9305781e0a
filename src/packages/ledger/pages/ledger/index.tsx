/**
 * 企业台账: the station's ledger of the companies it serves (004 §7.3.1) — never visited and
 * longest unvisited first, searched by the start of a name or a whole credit code, narrowed by
 * the 待走访 queue (not visited for more than 30 / 90 / 180 days), key-enterprise list, district
 * and industry. Each row says how long since the last visit; a liaison or chief adds a company
 * met outside the product from here, and a chief or admin exports the ledger as filtered.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { InputOf } from '@core/contract';
import { DISTRICT, INDUSTRY, KEY_FLAG, type District, type Industry, type KeyFlag } from '@core/enums';
import { KEYWORD_MAX, OVERDUE_CHOICES } from '@core/rules/ledger';
import { ChipRow, chipsOf, type Chip } from '@/components/ChipRow';
import { ListStatus } from '@/components/ListStatus';
import { oneOfParam, usePageParams } from '@/hooks/usePageParams';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { ROUTES } from '@/lib/routes';
import { exportLedger, listLedger } from '@/services/enterprise';
import { ExportButton } from '@/components/ExportButton';
import { RoleGate } from '@/components/RoleGate';
import { picksStation } from '@/lib/access';
import { SearchBar } from '@/components/SearchBar';
import { useStationScope } from '@/components/StationScope';
import { LedgerRowCard } from '@/packages/ledger/components/LedgerRowCard';
import { useSession } from '@/hooks/useSession';
import './index.scss';

type Overdue = `${(typeof OVERDUE_CHOICES)[number]}`;

interface Filters {
  keyword: string;
  overdue: Overdue | '';
  flag: KeyFlag | '';
  district: District | '';
  industry: Industry | '';
}

const OVERDUE_CHIPS: Chip<Overdue>[] = [
  { value: '', label: '全部企业' },
  ...OVERDUE_CHOICES.map((d) => ({ value: `${d}` as Overdue, label: `超过${d}天未走访` })),
];
const FLAG_CHIPS = chipsOf(KEY_FLAG, '全部类型');
const DISTRICT_CHIPS = chipsOf(DISTRICT, '全部区');
const INDUSTRY_CHIPS = chipsOf(INDUSTRY, '全部行业');

type Query = Omit<InputOf<'enterprise', 'listLedger'>, 'page' | 'pageSize'>;

function queryOf(f: Filters, stationId: string | undefined): Query {
  return {
    ...(stationId ? { stationId } : {}),
    ...(f.keyword ? { keyword: f.keyword } : {}),
    ...(f.overdue ? { notVisitedDays: Number(f.overdue) } : {}),
    ...(f.flag ? { flag: f.flag } : {}),
    ...(f.district ? { district: f.district } : {}),
    ...(f.industry ? { industry: f.industry } : {}),
  };
}

/** "“北京” · 超过90天未走访 · 专精特新": what the list is narrowed to. */
function describe(f: Filters): string {
  const parts: string[] = [];
  if (f.keyword) parts.push(`“${f.keyword}”`);
  if (f.overdue) parts.push(`超过${f.overdue}天未走访`);
  if (f.flag) parts.push(KEY_FLAG.labels[f.flag]);
  if (f.district) parts.push(DISTRICT.labels[f.district]);
  if (f.industry) parts.push(INDUSTRY.labels[f.industry]);
  return parts.join(' · ');
}

function Ledger({
  stationId,
  canCreate,
  initialKeyword,
}: {
  stationId?: string;
  canCreate: boolean;
  initialKeyword: string;
}) {
  // 工作台's 待走访 to-do opens the ledger on the companies not visited for that long.
  const initialOverdue = oneOfParam(
    usePageParams().overdue,
    OVERDUE_CHIPS.map((c) => c.value).filter((v): v is Overdue => v !== ''),
  );
  const [filters, setFilters] = useState<Filters>({
    keyword: initialKeyword,
    overdue: initialOverdue,
    flag: '',
    district: '',
    industry: '',
  });
  const [more, setMore] = useState(false);
  const list = usePagedList(
    (page, pageSize) => listLedger({ ...queryOf(filters, stationId), page, pageSize }),
    [filters],
  );
  useListGestures(list);
  // Back from a company page (edited) or a new entry: show the ledger as it is now.
  useReloadOnReturn(list.reload);

  const change = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  const narrowed = describe(filters);

  return (
    <>
      <SearchBar
        label="查找企业"
        placeholder="企业名称开头的字，或统一社会信用代码"
        maxLength={KEYWORD_MAX}
        initial={initialKeyword}
        onSearch={(keyword) => change('keyword', keyword)}
      />
      <View className="ledger-page__filters">
        <ChipRow
          chips={OVERDUE_CHIPS}
          value={filters.overdue}
          onChange={(v) => change('overdue', v)}
          testId="overdue-chip"
        />
        <ChipRow chips={FLAG_CHIPS} value={filters.flag} onChange={(v) => change('flag', v)} testId="flag-chip" />
        {more ? (
          <>
            <ChipRow
              chips={DISTRICT_CHIPS}
              value={filters.district}
              onChange={(v) => change('district', v)}
              testId="district-chip"
            />
            <ChipRow
              chips={INDUSTRY_CHIPS}
              value={filters.industry}
              onChange={(v) => change('industry', v)}
              testId="industry-chip"
            />
          </>
        ) : null}
      </View>
      <View className="ledger-page__bar">
        <Text className="ledger-page__summary" data-testid="ledger-summary">
          {list.loading ? '' : `共 ${list.total} 家${narrowed ? `（${narrowed}）` : ''}`}
        </Text>
        {/* Exported as filtered. */}
        <ExportButton action={['enterprise', 'exportLedger']} make={() => exportLedger(queryOf(filters, stationId))} />
        <Text className="ledger-page__toggle" data-testid="more-filters" onClick={() => setMore(!more)}>
          {more ? '收起' : '按区、行业筛选'}
        </Text>
      </View>
      {canCreate ? (
        <View className="ledger-page__create">
          <Button
            size="small"
            fill="outline"
            type="primary"
            onClick={() => void Taro.navigateTo({ url: ROUTES.ledgerCreate })}
          >
            新建台账企业
          </Button>
        </View>
      ) : null}
      {list.items.map((row) => (
        <LedgerRowCard key={row.id} row={row} onOpen={(id) => void Taro.navigateTo({ url: ROUTES.company(id) })} />
      ))}
      <ListStatus
        loading={list.loading}
        error={list.error}
        empty={!list.loading && list.items.length === 0}
        emptyText={narrowed ? '没有符合条件的企业' : '台账中还没有企业'}
        onRetry={() => void list.reload()}
        loadingMore={list.loadingMore}
        hasMore={list.hasMore}
      />
    </>
  );
}

/** An admin's (or district admin's) ledger: of the station named in the link, or of the one picked here. */
function StationLedger({ fromUrl, initialKeyword }: { fromUrl: string | undefined; initialKeyword: string }) {
  const { stationId, picker } = useStationScope(fromUrl);
  return (
    <>
      {picker}
      {stationId ? (
        <Ledger key={stationId} stationId={stationId} canCreate={false} initialKeyword={initialKeyword} />
      ) : (
        <Text className="ledger-page__hint">请先选择要查看台账的服务站点</Text>
      )}
    </>
  );
}

export default function LedgerPage() {
  const session = useSession();
  const params = usePageParams();
  const acting = session.acting;
  const keyword = params.keyword ?? '';
  return (
    <View className="ledger-page">
      <RoleGate session={session} needs={['enterprise', 'listLedger']} what="查看企业台账">
        {picksStation(acting) ? (
          <StationLedger fromUrl={params.stationId || undefined} initialKeyword={keyword} />
        ) : acting ? (
          // Station staff read their own station's.
          <Ledger
            key={acting.id}
            canCreate={acting.role === 'liaison' || acting.role === 'chief'}
            initialKeyword={keyword}
          />
        ) : null}
      </RoleGate>
    </View>
  );
}
