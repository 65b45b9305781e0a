/**
 * A service point: its details, a link to its 年度专项服务清单 (004 §7.3.3) — for a mobile studio
 * (seed 001) also to its 工作室年度小结, for those the policy lets read it — and its public service
 * item list (004 §7.4.3). The station's chief (or an admin) also edits the details, adds and edits
 * items, withdraws and republishes them. Coming back from an edit page reloads the station.
 */
import { useState, type ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ServiceItem, Station } from '@core/contract';
import { STATION_STATUS, labelOf } from '@core/enums';
import { ListStatus } from '@/components/ListStatus';
import { PhoneLink } from '@/components/PhoneLink';
import { IndustryTags, StationTags } from '@/components/StationTags';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { useReloadOnReturn } from '@/hooks/usePageRefresh';
import { admits } from '@/lib/access';
import { confirm, toastError, toastOk } from '@/lib/feedback';
import { ROUTES } from '@/lib/routes';
import { setServiceItemStatus } from '@/services/directory';
import { useAppStore } from '@/store';
import { ServiceItemCard } from '@/packages/directory/components/ServiceItemCard';
import { loadStation } from '@/packages/directory/lib/load-station';
import './index.scss';

function go(url: string) {
  void Taro.navigateTo({ url }).catch(() => undefined);
}

function InfoRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className="station-page__row">
      <Text className="station-page__label">{label}</Text>
      <View className="station-page__value">{children}</View>
    </View>
  );
}

function StationInfo({ station }: { station: Station }) {
  return (
    <View className="station-page__card" data-testid="station-info">
      <Text className="station-page__name">{station.name}</Text>
      <StationTags station={station} withDistrict />
      {station.status !== 'active' ? (
        <Text className="station-page__suspended">{labelOf(STATION_STATUS, station.status)}</Text>
      ) : null}
      <InfoRow label="地址">
        <Text>{station.address}</Text>
      </InfoRow>
      <InfoRow label="咨询电话">
        <PhoneLink phone={station.phone} />
      </InfoRow>
      <InfoRow label="服务时间">
        <Text>{station.hours}</Text>
      </InfoRow>
      {station.operator ? (
        <InfoRow label="运营单位">
          <Text>{station.operator}</Text>
        </InfoRow>
      ) : null}
      {station.keyIndustries.length > 0 ? (
        <InfoRow label="重点产业">
          <IndustryTags industries={station.keyIndustries} />
        </InfoRow>
      ) : null}
      {station.intro ? (
        <InfoRow label="简介">
          <Text className="station-page__intro">{station.intro}</Text>
        </InfoRow>
      ) : null}
    </View>
  );
}

export default function StationPage() {
  const { stationId = '' } = usePageParams();
  const { data, loading, error, reload } = useLoad(() => loadStation(stationId), [stationId]);
  const [busyItem, setBusyItem] = useState<string | null>(null);
  const acting = useAppStore((s) => s.acting());

  // Hidden while an edit page is on top: reload when shown again, so the edits appear.
  useReloadOnReturn(reload);

  const toggleStatus = async (item: ServiceItem) => {
    if (busyItem) return;
    const withdraw = item.status === 'published';
    if (
      withdraw &&
      !(await confirm('撤下服务事项', `撤下后「${item.name}」将不再对公众展示，之后可重新公示。确定撤下吗？`))
    ) {
      return;
    }
    setBusyItem(item.id);
    try {
      await setServiceItemStatus({
        stationId,
        itemId: item.id,
        status: withdraw ? 'withdrawn' : 'published',
      });
      toastOk(withdraw ? '已撤下' : '已重新公示');
      await reload();
    } catch (e) {
      toastError(e);
    } finally {
      setBusyItem(null);
    }
  };

  if (!data) {
    return (
      <View className="station-page">
        <ListStatus
          loading={loading}
          error={error}
          empty
          emptyText="该服务网点不存在或已暂停服务"
          onRetry={() => void reload()}
        />
      </View>
    );
  }

  const { station, items, canEdit } = data;
  return (
    <View className="station-page">
      <StationInfo station={station} />

      {station.status === 'active' ? (
        <View className="station-page__book">
          <Button type="primary" block onClick={() => go(ROUTES.book(station.id))}>
            预约咨询
          </Button>
          <Button
            type="primary"
            fill="outline"
            block
            className="station-page__request"
            onClick={() => go(ROUTES.requestCreate(station.id))}
          >
            提交服务需求
          </Button>
        </View>
      ) : null}

      <View
        className="station-page__link"
        data-testid="special-services-link"
        onClick={() => go(ROUTES.specialServices(station.id))}
      >
        <Text className="station-page__link-title">年度专项服务清单</Text>
        <Text className="station-page__link-more">查看 ›</Text>
      </View>

      {station.kind === 'mobile_studio' && admits(acting, ['studio', 'studioSummary']) ? (
        <View
          className="station-page__link"
          data-testid="studio-summary-link"
          onClick={() => go(ROUTES.studioSummary(station.id))}
        >
          <Text className="station-page__link-title">工作室年度小结</Text>
          <Text className="station-page__link-more">查看 ›</Text>
        </View>
      ) : null}

      {canEdit ? (
        <View className="station-page__actions" data-testid="editor-actions">
          <Button type="primary" fill="outline" size="small" onClick={() => go(ROUTES.stationEdit(station.id))}>
            编辑站点信息
          </Button>
          <Button type="primary" size="small" onClick={() => go(ROUTES.itemEdit(station.id))}>
            新增服务事项
          </Button>
        </View>
      ) : null}

      <View className="station-page__section">
        <Text className="station-page__section-title">服务事项清单</Text>
        <Text className="station-page__section-count">共 {items.length} 项</Text>
      </View>
      {error ? (
        <View className="station-page__stale" onClick={() => void reload()}>
          <Text>刷新失败：{error}（点击重试）</Text>
        </View>
      ) : null}
      {items.map((item) => (
        <ServiceItemCard
          key={item.id}
          item={item}
          canEdit={canEdit}
          busy={busyItem === item.id}
          onEdit={(it) => go(ROUTES.itemEdit(station.id, it.id))}
          onToggleStatus={(it) => void toggleStatus(it)}
        />
      ))}
      {items.length === 0 ? <ListStatus loading={false} error={null} empty emptyText="该网点暂未公示服务事项" /> : null}
    </View>
  );
}
