/**
 * 年度专项服务清单 (?stationId=&year=): the special services a station commits to for a year (004
 * §7.3.3) — published in the first quarter, each with its content, target companies, frequency and
 * expected results — with a year switcher. Anyone reads a published list. The station's own
 * people (the server's `canEdit`) also see how far each service is along and the deliveries
 * recorded; those the policy lets (core/policy.ts) record one (登记开展情况) and draft, edit and
 * publish the list, a late publication being flagged. Coming back from the editor reloads.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { SpecialServiceList } from '@core/contract';
import { shanghaiDate } from '@core/rules/time';
import { ListStatus } from '@/components/ListStatus';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { usePullToReload, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { useSession } from '@/hooks/useSession';
import { admits } from '@/lib/access';
import { confirm, toastError, toastOk } from '@/lib/feedback';
import { ROUTES } from '@/lib/routes';
import { getSpecialServices, publishSpecialServices } from '@/services/directory';
import { ServiceError } from '@/services/errors';
import { SpecialItemCard } from '@/packages/directory/components/SpecialItemCard';
import { SpecialProgressForm } from '@/packages/directory/components/SpecialProgressForm';
import { YearStepper } from '@/components/YearStepper';
import { publishingLate, yearOf, yearParam } from '@/packages/directory/lib/special-form';
import './index.scss';

/** The list, or null when there is no such station (a stale link). */
async function loadList(stationId: string, year: number): Promise<SpecialServiceList | null> {
  if (!stationId) return null;
  try {
    return await getSpecialServices({ stationId, year });
  } catch (e) {
    if (e instanceof ServiceError && (e.code === 'NOT_FOUND' || e.code === 'INVALID_INPUT')) return null;
    throw e;
  }
}

const go = (url: string) => void Taro.navigateTo({ url }).catch(() => undefined);

interface ListViewProps {
  list: SpecialServiceList;
  thisYear: number;
  /** The acting role may write and publish it (a chief or an admin of a station it may edit). */
  mayWrite: boolean;
  /** The acting role may record deliveries. */
  mayLog: boolean;
  reload: () => Promise<void>;
}

/** The status line and what an editor may do next. */
function ListHead({ list, thisYear, mayWrite, reload }: Omit<ListViewProps, 'mayLog'>) {
  const [publishing, setPublishing] = useState(false);
  const edit = () => go(ROUTES.specialServicesEdit(list.stationId, list.year));

  const publish = async () => {
    if (publishing) return;
    const late = publishingLate(list.year, Date.now()) ? '已过第一季度，发布后将标记为逾期发布。' : '';
    if (!(await confirm('发布专项服务清单', `发布后${list.year}年度专项服务清单将对公众公开。${late}确定发布吗？`)))
      return;
    setPublishing(true);
    try {
      await publishSpecialServices({ stationId: list.stationId, year: list.year });
      toastOk('已发布');
      await reload();
    } catch (e) {
      toastError(e);
    } finally {
      setPublishing(false);
    }
  };

  return (
    <View className="special-page__card" data-testid="special-head" data-status={list.status}>
      <View className="special-page__head">
        <Text className="special-page__station">{list.stationName}</Text>
        {list.status === 'published' ? <Tag type="success">已发布</Tag> : null}
        {list.status === 'draft' ? <Tag type="warning">草稿</Tag> : null}
      </View>
      {list.status === 'published' && list.publishedAt ? (
        <Text className="special-page__line">{shanghaiDate(list.publishedAt)} 发布</Text>
      ) : null}
      {list.status === 'published' && list.late ? (
        <Text className="special-page__late" data-testid="special-late">
          逾期发布（应于第一季度发布）
        </Text>
      ) : null}
      {list.status === 'draft' ? (
        <Text className="special-page__line" data-testid="special-draft">
          草稿，尚未发布
        </Text>
      ) : null}
      {list.status === 'none' ? (
        <ListStatus
          loading={false}
          error={null}
          empty
          emptyText={`${list.year === thisYear ? '本' : '该'}年度专项服务清单尚未发布`}
        />
      ) : null}
      {mayWrite ? (
        <View className="special-page__actions" data-testid="special-actions">
          {list.status === 'none' ? (
            <Button type="primary" size="small" onClick={edit}>
              编制清单
            </Button>
          ) : (
            <Button type="primary" fill="outline" size="small" onClick={edit}>
              编辑
            </Button>
          )}
          {list.status === 'draft' ? (
            <Button type="primary" size="small" loading={publishing} onClick={() => void publish()}>
              发布
            </Button>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}

function ListView(p: ListViewProps) {
  const { list } = p;
  const [logging, setLogging] = useState<string | null>(null);
  // Deliveries are recorded against a published list only.
  const tracking = list.canEdit && list.status === 'published';
  return (
    <>
      <ListHead list={list} thisYear={p.thisYear} mayWrite={p.mayWrite} reload={p.reload} />
      {list.items.length > 0 ? (
        <View className="special-page__section">
          <Text className="special-page__section-title">专项服务</Text>
          <Text className="special-page__section-count">共 {list.items.length} 项</Text>
        </View>
      ) : null}
      {list.items.map((item, index) => (
        <SpecialItemCard
          key={item.id}
          item={item}
          index={index}
          progress={tracking}
          footer={
            !tracking || !p.mayLog ? null : logging === item.id ? (
              <SpecialProgressForm
                stationId={list.stationId}
                year={list.year}
                itemId={item.id}
                onCancel={() => setLogging(null)}
                onDone={() => {
                  setLogging(null);
                  void p.reload();
                }}
              />
            ) : (
              <View className="special-card__footer">
                <Button size="small" type="primary" fill="outline" onClick={() => setLogging(item.id)}>
                  登记开展情况
                </Button>
              </View>
            )
          }
        />
      ))}
    </>
  );
}

export default function SpecialServicesPage() {
  const params = usePageParams();
  const stationId = params.stationId ?? '';
  const { signedIn, me, acting } = useSession();
  const thisYear = yearOf(Date.now());
  const [year, setYear] = useState(() => yearParam(params.year) ?? thisYear);
  // Reload when who I am changes: the progress and the editor's tools depend on it.
  const loaded = useLoad(() => loadList(stationId, year), [stationId, year, signedIn, me?.actingId]);
  usePullToReload(loaded.reload);
  useReloadOnReturn(loaded.reload);
  // The previous year's answer stays until this year's arrives: show it only for its own year.
  const list = loaded.data && loaded.data.year === year ? loaded.data : null;

  return (
    <View className="special-page">
      {stationId ? <YearStepper year={year} latest={thisYear + 1} onChange={setYear} /> : null}
      {list ? (
        <ListView
          list={list}
          thisYear={thisYear}
          mayWrite={list.canEdit && admits(acting, ['directory', 'saveSpecialServices'])}
          mayLog={list.canEdit && admits(acting, ['directory', 'logSpecialProgress'])}
          reload={loaded.reload}
        />
      ) : (
        <ListStatus
          loading={loaded.loading}
          error={loaded.error}
          empty
          emptyText="该服务网点不存在或已暂停服务"
          onRetry={() => void loaded.reload()}
        />
      )}
    </View>
  );
}
