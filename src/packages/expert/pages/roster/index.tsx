/**
 * 专家库: the chief's roster (experts serving their station) or the admin's (all, or one
 * station's), searched by status, availability today, speciality and industry; each expert with
 * their open assignments (在办) and on-time rate; 待备案 first, and exported to Excel as filtered.
 * Tap → 专家详情. Coming back (after 备案 or 除名) reloads the list.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { ExpertStatus, Industry, ServiceCategory } from '@core/enums';
import { EXPERT_STATUS, INDUSTRY, SERVICE_CATEGORY } from '@core/enums';
import { ChipRow, chipsOf, type Chip } from '@/components/ChipRow';
import { ChoiceField, optionsOf } from '@/components/FormField';
import { ListStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { useLoad } from '@/hooks/useLoad';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { useSession } from '@/hooks/useSession';
import { oneOfParam, usePageParams } from '@/hooks/usePageParams';
import { ROUTES } from '@/lib/routes';
import { listStations } from '@/services/directory';
import { exportExperts, listExperts } from '@/services/expert';
import { ExportBar } from '@/components/ExportButton';
import { ExpertCard } from '@/packages/expert/components/ExpertCard';
import '@/packages/expert/expert.scss';

const STATUS_CHIPS = chipsOf(EXPERT_STATUS, '全部状态');
const AVAILABILITY: Chip<'available'>[] = [
  { value: '', label: '全部' },
  { value: 'available', label: '今日可接单' },
];
const ANY = { value: '' as const, label: '不限' };

/** The admin picks a station (or all); a chief's is the one they act for. */
function StationFilter({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const stations = useLoad(() => listStations({ pageSize: 50 }), []);
  return (
    <ChoiceField
      name="stationId"
      label="服务站点"
      value={value}
      options={[
        { value: '', label: '全部站点' },
        ...(stations.data?.items ?? []).map((s) => ({ value: s.id, label: s.name })),
      ]}
      onChange={onChange}
    />
  );
}

function Roster({ admin }: { admin: boolean }) {
  // 工作台's 待备案 to-do opens the roster on the submitted profiles (status=submitted).
  const [status, setStatus] = useState<ExpertStatus | ''>(oneOfParam(usePageParams().status, EXPERT_STATUS.values));
  const [available, setAvailable] = useState(false);
  const [speciality, setSpeciality] = useState<ServiceCategory | ''>('');
  const [industry, setIndustry] = useState<Industry | ''>('');
  const [stationId, setStationId] = useState('');
  const filters = {
    ...(status ? { status } : {}),
    ...(available ? { available: true } : {}),
    ...(speciality ? { speciality } : {}),
    ...(industry ? { industry } : {}),
    ...(stationId ? { stationId } : {}),
  };
  const list = usePagedList(
    (page, pageSize) => listExperts({ ...filters, page, pageSize }),
    [status, available, speciality, industry, stationId],
  );
  useListGestures(list);
  useReloadOnReturn(list.reload);

  return (
    <>
      <ChipRow chips={STATUS_CHIPS} value={status} onChange={setStatus} testId="status-filter" />
      <ChipRow
        chips={AVAILABILITY}
        value={available ? 'available' : ''}
        onChange={(v) => setAvailable(v === 'available')}
        testId="available-filter"
      />
      <View className="expert-filters">
        <ChoiceField
          name="speciality"
          label="擅长领域"
          value={speciality}
          options={[ANY, ...optionsOf(SERVICE_CATEGORY)]}
          onChange={setSpeciality}
        />
        <ChoiceField
          name="industry"
          label="熟悉行业"
          value={industry}
          options={[ANY, ...optionsOf(INDUSTRY)]}
          onChange={setIndustry}
        />
        {admin ? <StationFilter value={stationId} onChange={setStationId} /> : null}
      </View>
      {/* Exported as filtered. */}
      <ExportBar action={['expert', 'exportExperts']} make={() => exportExperts(filters)} />
      {list.items.map((e) => (
        <ExpertCard key={e.expertId} expert={e} onOpen={(id) => void Taro.navigateTo({ url: ROUTES.expert(id) })} />
      ))}
      <ListStatus
        loading={list.loading}
        error={list.error}
        empty={!list.loading && list.items.length === 0}
        emptyText={
          status || available || speciality || industry || stationId ? '没有符合条件的专家' : '专家库还没有专家'
        }
        onRetry={() => void list.reload()}
        loadingMore={list.loadingMore}
        hasMore={list.hasMore}
      />
    </>
  );
}

export default function ExpertRosterPage() {
  const session = useSession();
  return (
    <View className="expert-page">
      <RoleGate session={session} needs={['expert', 'listExperts']} what="查看专家库">
        <Roster key={session.acting?.id ?? ''} admin={session.acting?.role === 'admin'} />
      </RoleGate>
    </View>
  );
}
