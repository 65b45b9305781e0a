/**
 * 咨询档案 (a company's: 我的咨询档案): the archive the acting role may read — a company its own,
 * a liaison or chief the station's, an expert the consultations they gave, an admin all —
 * newest first, paginated, searched by text in the question or answer, and filtered by
 * category, date range and (station staff) company and consultant; a chief or admin exports it
 * as filtered.
 */
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { InputOf } from '@core/contract';
import type { Role } from '@core/enums';
import { ChoiceField, PickerField, TextField } from '@/components/FormField';
import { ListStatus } from '@/components/ListStatus';
import { useLoad } from '@/hooks/useLoad';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { toastInfo } from '@/lib/feedback';
import { ROUTES } from '@/lib/routes';
import { exportRecords, listRecords } from '@/services/archive';
import { ExportButton } from '@/components/ExportButton';
import { listConsultants } from '@/services/consult';
import { CompanyPicker, type PickedCompany } from '@/containers/CompanyPicker';
import { RecordCard } from '@/packages/consult/components/RecordCard';
import { RoleGate } from '@/components/RoleGate';
import { CATEGORIES, categoryLabel, type Category } from '@/packages/consult/lib/records';
import { useSession } from '@/hooks/useSession';
import { RECORD_KEYWORD_MAX } from '@core/rules/archive-limits';
import './index.scss';

interface Filters {
  keyword: string;
  category: Category | '';
  company: PickedCompany | null;
  consultantId: string;
  from: string;
  to: string;
}

const NO_FILTERS: Filters = { keyword: '', category: '', company: null, consultantId: '', from: '', to: '' };

type Query = Omit<InputOf<'archive', 'listRecords'>, 'page' | 'pageSize'>;

function queryOf(f: Filters): Query {
  return {
    ...(f.keyword ? { keyword: f.keyword } : {}),
    ...(f.category ? { category: f.category } : {}),
    ...(f.company ? { companyId: f.company.id } : {}),
    ...(f.consultantId ? { consultantId: f.consultantId } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
  };
}

/** "“商标” · 商标…类别 · 2025-01-01 至 2025-01-31": what the list is narrowed to. */
function describe(f: Filters, consultantName: string | undefined): string {
  const parts: string[] = [];
  if (f.keyword) parts.push(`“${f.keyword}”`);
  if (f.category) parts.push(categoryLabel(f.category));
  if (f.company) parts.push(f.company.name);
  if (consultantName) parts.push(consultantName);
  if (f.from || f.to) parts.push(`${f.from || '…'} 至 ${f.to || '…'}`);
  return parts.join(' · ');
}

function Archive({ role, stationId }: { role: Role; stationId?: string }) {
  const stationStaff = (role === 'liaison' || role === 'chief') && !!stationId;
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [typed, setTyped] = useState('');
  const [panel, setPanel] = useState(false);
  const consultants = useLoad(
    () => (stationStaff ? listConsultants({ stationId: stationId! }) : Promise.resolve([])),
    [stationStaff, stationId],
  );
  const list = usePagedList((page, pageSize) => listRecords({ ...queryOf(filters), page, pageSize }), [filters]);
  useListGestures(list);

  // Back from a record written meanwhile (from 今日咨询): show it.
  useReloadOnReturn(list.reload);

  const change = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  const setDate = (key: 'from' | 'to', value: string) => {
    const next = { ...filters, [key]: value };
    if (next.from && next.to && next.to < next.from) {
      toastInfo('结束日期不能早于开始日期');
      return;
    }
    setFilters(next);
  };
  const consultantOptions = [
    { value: '', label: '全部咨询人员' },
    ...(consultants.data ?? []).map((c) => ({ value: c.id, label: c.name })),
  ];
  const consultantName = consultants.data?.find((c) => c.id === filters.consultantId)?.name;
  const narrowed = describe(filters, consultantName);

  return (
    <>
      <View className="records-page__search">
        <View className="records-page__search-field">
          <TextField
            name="keyword"
            label="关键词"
            value={typed}
            onChange={setTyped}
            placeholder="问题或答复中的文字"
            maxLength={RECORD_KEYWORD_MAX}
          />
        </View>
        <View className="records-page__search-button">
          <Button size="small" type="primary" onClick={() => change('keyword', typed.trim())}>
            搜索
          </Button>
        </View>
      </View>
      <View className="records-page__bar">
        <Text className="records-page__summary" data-testid="records-summary">
          {list.loading ? '' : `共 ${list.total} 条${narrowed ? `（${narrowed}）` : ''}`}
        </Text>
        {/* Exported as filtered (a chief, an admin). */}
        <ExportButton action={['archive', 'exportRecords']} make={() => exportRecords(queryOf(filters))} />
        <Text className="records-page__toggle" data-testid="filters-toggle" onClick={() => setPanel(!panel)}>
          {panel ? '收起筛选' : '筛选'}
        </Text>
      </View>
      {panel ? (
        <View className="records-page__panel" data-testid="filters">
          <ChoiceField
            name="category"
            label="咨询类别"
            value={filters.category}
            options={[{ value: '', label: '全部类别' }, ...CATEGORIES]}
            onChange={(v) => change('category', v as Category | '')}
          />
          <PickerField
            name="from"
            label="开始日期"
            mode="date"
            value={filters.from}
            onChange={(v) => setDate('from', v)}
          />
          <PickerField name="to" label="结束日期" mode="date" value={filters.to} onChange={(v) => setDate('to', v)} />
          {stationStaff ? (
            <>
              <CompanyPicker
                stationId={stationId!}
                selected={filters.company}
                onSelect={(c) => change('company', c)}
                label="企业"
              />
              <ChoiceField
                name="consultantId"
                label="咨询人员"
                value={filters.consultantId}
                options={consultantOptions}
                onChange={(v) => change('consultantId', v)}
              />
            </>
          ) : null}
          <View className="records-page__clear">
            <Button
              size="small"
              fill="outline"
              onClick={() => {
                setTyped('');
                setFilters(NO_FILTERS);
              }}
            >
              清除筛选
            </Button>
          </View>
        </View>
      ) : null}
      {list.items.map((r) => (
        <RecordCard key={r.id} record={r} onOpen={(id) => void Taro.navigateTo({ url: ROUTES.record(id) })} />
      ))}
      <ListStatus
        loading={list.loading}
        error={list.error}
        empty={!list.loading && list.items.length === 0}
        emptyText={narrowed ? '没有符合条件的咨询记录' : '还没有咨询记录'}
        onRetry={() => void list.reload()}
        loadingMore={list.loadingMore}
        hasMore={list.hasMore}
      />
    </>
  );
}

export default function RecordsPage() {
  const session = useSession();
  const acting = session.acting;
  const asCompany = acting?.role === 'company';

  useEffect(() => {
    if (asCompany) void Taro.setNavigationBarTitle({ title: '我的咨询档案' }).catch(() => undefined);
  }, [asCompany]);

  return (
    <View className="records-page">
      <RoleGate session={session} roles={['company', 'liaison', 'expert', 'chief', 'admin']} what="查看咨询档案">
        {acting ? <Archive key={acting.id} role={acting.role} stationId={acting.stationId} /> : null}
      </RoleGate>
    </View>
  );
}
