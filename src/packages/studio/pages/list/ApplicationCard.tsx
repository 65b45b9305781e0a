/**
 * One studio application in a list: the company, its status as a coloured tag (and 已超时 in red
 * once the stage's time ran out), where it is, the stage and its time limit while it is reviewed,
 * the studio's number once approved, when it was submitted. Tapping it opens the application.
 */
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { StudioApplicationSummary } from '@core/contract';
import { DISTRICT, STUDIO_STAGE, STUDIO_STATUS, labelOf, type StudioStatus } from '@core/enums';
import { stampOf } from '@/lib/format';

const STATUS_TYPE = {
  reviewing: 'primary',
  returned: 'warning',
  rejected: 'danger',
  approved: 'success',
} as const satisfies Record<StudioStatus, string>;

interface ApplicationCardProps {
  application: StudioApplicationSummary;
  onOpen: (applicationId: string) => void;
}

export function ApplicationCard({ application: a, onOpen }: ApplicationCardProps) {
  const stage = STUDIO_STAGE.labels[a.stage];
  return (
    <View
      className="studio-card"
      data-testid="studio-application"
      data-id={a.id}
      data-status={a.status}
      onClick={() => onOpen(a.id)}
    >
      <View className="studio-card__head">
        <Text className="studio-card__title">{a.companyName}</Text>
        <View className="studio-card__tags">
          <View data-testid="studio-status" data-status={a.status}>
            <Tag type={STATUS_TYPE[a.status]}>{STUDIO_STATUS.labels[a.status]}</Tag>
          </View>
          {a.overdue ? (
            <View data-testid="studio-overdue">
              <Tag type="danger">已超时</Tag>
            </View>
          ) : null}
        </View>
      </View>
      <Text className="studio-card__line studio-card__line--muted">
        {labelOf(DISTRICT, a.district)} · {a.town}
      </Text>
      {a.status === 'reviewing' ? (
        <Text className="studio-card__line" data-testid="studio-stage">
          当前环节：{stage}
        </Text>
      ) : null}
      {a.status === 'reviewing' && a.dueAt !== undefined ? (
        <Text className={`studio-card__line${a.overdue ? ' studio-card__line--late' : ''}`} data-testid="studio-due">
          审批时限：{stampOf(a.dueAt)}
        </Text>
      ) : null}
      {a.status === 'returned' ? (
        <Text className="studio-card__line" data-testid="studio-stage">
          {stage}退回补正，待企业修改后重新提交
        </Text>
      ) : null}
      {a.status === 'approved' && a.number ? (
        <Text className="studio-card__line" data-testid="studio-number">
          工作室编号：{a.number}
        </Text>
      ) : null}
      <Text className="studio-card__line studio-card__line--muted">{stampOf(a.submittedAt)} 提交</Text>
    </View>
  );
}
