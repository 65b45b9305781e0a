/**
 * The head of a studio application: the company, its status as a coloured tag, the stage it is at
 * and when that stage's time runs out (已超时 once past), and once approved the studio's number
 * with the way to the studio (its service point) and to its 年度小结.
 */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { StudioApplication } from '@core/contract';
import { DISTRICT, STUDIO_STAGE, STUDIO_STATUS, labelOf, type StudioStatus } from '@core/enums';
import { stampOf } from '@/lib/format';
import { ROUTES } from '@/lib/routes';

const STATUS_TYPE = {
  reviewing: 'primary',
  returned: 'warning',
  rejected: 'danger',
  approved: 'success',
} as const satisfies Record<StudioStatus, string>;

function go(url: string) {
  void Taro.navigateTo({ url }).catch(() => undefined);
}

/** Where the application stands, in words: the stage it waits at, or who has it now. */
function stageLine(a: StudioApplication): string | null {
  const stage = STUDIO_STAGE.labels[a.stage];
  if (a.status === 'reviewing') return `当前环节：${stage}审批`;
  if (a.status === 'returned') return `${stage}已退回补正，待申请企业修改后重新提交`;
  if (a.status === 'rejected') return `${stage}不予批准`;
  return null;
}

export function ApplicationHead({ a }: { a: StudioApplication }) {
  const line = stageLine(a);
  return (
    <View className="studio-detail__card" data-testid="studio-head">
      <View className="studio-detail__head">
        <Text className="studio-detail__title" data-testid="studio-company">
          {a.companyName}
        </Text>
        <View data-testid="studio-status" data-status={a.status}>
          <Tag type={STATUS_TYPE[a.status]}>{STUDIO_STATUS.labels[a.status]}</Tag>
        </View>
      </View>
      <Text className="studio-detail__muted">
        {labelOf(DISTRICT, a.district)} · {a.town}
      </Text>
      {line ? (
        <Text className="studio-detail__line" data-testid="studio-stage">
          {line}
        </Text>
      ) : null}
      {a.status === 'reviewing' && a.dueAt !== undefined ? (
        <Text
          className={`studio-detail__line${a.overdue ? ' studio-detail__line--late' : ''}`}
          data-testid="studio-due"
        >
          审批时限：{stampOf(a.dueAt)}
          {a.overdue ? '（已超时）' : ''}
        </Text>
      ) : null}
      {a.status === 'approved' && a.number ? (
        <>
          <Text className="studio-detail__line" data-testid="studio-number">
            工作室编号：{a.number}
          </Text>
          {a.studioStationId ? (
            <View className="studio-detail__links">
              <Text
                className="studio-detail__link"
                data-testid="studio-station-link"
                onClick={() => go(ROUTES.station(a.studioStationId!))}
              >
                查看工作室 ›
              </Text>
              <Text
                className="studio-detail__link"
                data-testid="studio-summary-link"
                onClick={() => go(ROUTES.studioSummary(a.studioStationId!))}
              >
                年度小结 ›
              </Text>
            </View>
          ) : null}
        </>
      ) : null}
    </View>
  );
}
