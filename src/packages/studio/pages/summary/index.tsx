/**
 * 工作室年度小结 (?stationId=&year=): a mobile studio's year — the services it gave by kind (all
 * seven of 001 §7.1, none left out because it had none), how satisfied the companies were and
 * the improvements made from their feedback (001 §8) — with a year switcher, this Shanghai year
 * unless the link names one. The studio's chief, its company, the city's approvers and admins
 * read it (the policy's rule; the server decides).
 */
import { useState, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { OutputOf } from '@core/contract';
import { STUDIO_NEED } from '@core/enums';
import { shanghaiYear } from '@core/rules/ledger';
import { ListStatus } from '@/components/ListStatus';
import { RatingStars } from '@/components/RatingStars';
import { RoleGate } from '@/components/RoleGate';
import { YearStepper } from '@/components/YearStepper';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { usePullToReload } from '@/hooks/usePageRefresh';
import { useSession } from '@/hooks/useSession';
import { ServiceError } from '@/services/errors';
import { studioSummary } from '@/services/studio';
import './index.scss';

type StudioSummary = OutputOf<'studio', 'studioSummary'>;

/** The years the contract takes. */
const YEAR_FIRST = 2000;

/** The year a link names, or null when it names none the contract takes. */
function yearParam(value: string | undefined, latest: number): number | null {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= YEAR_FIRST && year <= latest ? year : null;
}

/** The summary, or null when there is no such studio (a stale link). */
async function loadSummary(stationId: string, year: number): Promise<StudioSummary | null> {
  if (!stationId) return null;
  try {
    return await studioSummary({ stationId, year });
  } catch (e) {
    if (e instanceof ServiceError && (e.code === 'NOT_FOUND' || e.code === 'INVALID_INPUT')) return null;
    throw e;
  }
}

function Card({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <View className="studio-summary__card" data-testid={testId}>
      <Text className="studio-summary__card-title">{title}</Text>
      {children}
    </View>
  );
}

/** Services by kind: every kind in the form's order, with how many were given and closed. */
function Services({ s }: { s: StudioSummary }) {
  const byNeed = new Map(s.services.map((x) => [x.need, x]));
  const count = s.services.reduce((n, x) => n + x.count, 0);
  const closed = s.services.reduce((n, x) => n + x.closed, 0);
  return (
    <Card title="服务情况" testId="summary-services">
      <Text className="studio-summary__counts" data-testid="services-total">
        共 {count} 件 · 已办结 {closed} 件
      </Text>
      <Text className="studio-summary__counts" data-testid="visits-consultations">
        走访 {s.visits} 次 · 咨询 {s.consultations} 次
      </Text>
      {STUDIO_NEED.values.map((need) => {
        const row = byNeed.get(need);
        return (
          <View key={need} className="studio-summary__row" data-testid="service-row" data-need={need}>
            <Text className="studio-summary__row__main">{STUDIO_NEED.labels[need]}</Text>
            <Text className="studio-summary__row__side" data-testid="service-figures">
              {row?.count ?? 0} 件 · 已办结 {row?.closed ?? 0}
            </Text>
          </View>
        );
      })}
    </Card>
  );
}

function Satisfaction({ s }: { s: StudioSummary }) {
  const { average, count } = s.ratings;
  return (
    <Card title="服务满意度" testId="summary-ratings">
      {average === null || count === 0 ? (
        <Text className="studio-summary__none" data-testid="ratings-none">
          暂无评价
        </Text>
      ) : (
        <View className="studio-summary__rating">
          <RatingStars value={average} />
          <Text className="studio-summary__average" data-testid="ratings-average">
            {average.toFixed(1)} 分
          </Text>
          <Text className="studio-summary__muted" data-testid="ratings-count">
            共 {count} 条评价
          </Text>
        </View>
      )}
    </Card>
  );
}

function Improvements({ s }: { s: StudioSummary }) {
  const { total, done } = s.improvements;
  return (
    <Card title="反馈与改进" testId="summary-improvements">
      <Text className="studio-summary__counts" data-testid="improvements">
        改进事项 {total} 项 · 已完成 {done} 项{total > done ? ` · 进行中 ${total - done} 项` : ''}
      </Text>
    </Card>
  );
}

function Summary({ stationId, initialYear, thisYear }: { stationId: string; initialYear: number; thisYear: number }) {
  const [year, setYear] = useState(initialYear);
  const loaded = useLoad(() => loadSummary(stationId, year), [stationId, year]);
  usePullToReload(loaded.reload);
  // The previous year's answer stays until this year's arrives: show it only for its own year.
  const s = loaded.data && loaded.data.year === year ? loaded.data : null;
  return (
    <>
      <YearStepper year={year} latest={thisYear} earliest={YEAR_FIRST} onChange={setYear} />
      {s ? (
        <>
          <View className="studio-summary__card" data-testid="summary-head">
            <Text className="studio-summary__name">{s.name}</Text>
            <Text className="studio-summary__muted" data-testid="summary-number">
              编号：{s.number}
            </Text>
            <Text className="studio-summary__muted">{s.year} 年度小结</Text>
          </View>
          <Services s={s} />
          <Satisfaction s={s} />
          <Improvements s={s} />
        </>
      ) : (
        <ListStatus
          loading={loaded.loading}
          error={loaded.error}
          empty
          emptyText="该流动工作室不存在或已撤销"
          onRetry={() => void loaded.reload()}
        />
      )}
    </>
  );
}

export default function StudioSummaryPage() {
  const params = usePageParams();
  const session = useSession();
  const [thisYear] = useState(() => shanghaiYear(Date.now()));
  const stationId = params.stationId ?? '';
  return (
    <View className="studio-summary">
      <RoleGate session={session} needs={['studio', 'studioSummary']} what="查看工作室年度小结">
        {stationId ? (
          <Summary
            key={session.acting?.id ?? ''}
            stationId={stationId}
            initialYear={yearParam(params.year, thisYear) ?? thisYear}
            thisYear={thisYear}
          />
        ) : (
          <ListStatus loading={false} error={null} empty emptyText="未指定流动工作室，请从工作室页面进入" />
        )}
      </RoleGate>
    </View>
  );
}
