/**
 * The evaluation's statuses as coloured tags: a round (进行中 / 已公布), a station's self-evaluation
 * (填写中 / 已提交 / 退回补正 stands out) and a reviewer's review (待评审 stands out, 已回避 grey).
 * Each carries its value in data-status, for tests and automation.
 */
import { View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import {
  EVAL_REVIEW_STATUS,
  EVAL_ROUND_STATUS,
  EVAL_SUBMISSION_STATUS,
  type EvalReviewStatus,
  type EvalRoundStatus,
  type EvalSubmissionStatus,
} from '@core/enums';

type TagType = 'default' | 'primary' | 'success' | 'warning' | 'danger' | 'info';

const ROUND_TYPE = { open: 'primary', published: 'success' } as const satisfies Record<EvalRoundStatus, TagType>;
const SUBMISSION_TYPE = {
  draft: 'info',
  submitted: 'success',
  returned: 'warning',
} as const satisfies Record<EvalSubmissionStatus, TagType>;
const REVIEW_TYPE = {
  pending: 'warning',
  submitted: 'success',
  conflict: 'default',
} as const satisfies Record<EvalReviewStatus, TagType>;

function StatusTag({ testId, status, type, label }: { testId: string; status: string; type: TagType; label: string }) {
  return (
    <View className="eval-tag" data-testid={testId} data-status={status}>
      <Tag type={type}>{label}</Tag>
    </View>
  );
}

export function RoundStatusTag({ status }: { status: EvalRoundStatus }) {
  return (
    <StatusTag
      testId="round-status"
      status={status}
      type={ROUND_TYPE[status]}
      label={EVAL_ROUND_STATUS.labels[status]}
    />
  );
}

export function SubmissionStatusTag({ status }: { status: EvalSubmissionStatus }) {
  return (
    <StatusTag
      testId="submission-status"
      status={status}
      type={SUBMISSION_TYPE[status]}
      label={EVAL_SUBMISSION_STATUS.labels[status]}
    />
  );
}

export function ReviewStatusTag({ status }: { status: EvalReviewStatus }) {
  return (
    <StatusTag
      testId="review-status"
      status={status}
      type={REVIEW_TYPE[status]}
      label={EVAL_REVIEW_STATUS.labels[status]}
    />
  );
}
