/**
 * 评价结果 (the chief of the session's station; an admin): how a training was rated — how many
 * answered of those checked in, each question's average and distribution or option counts —
 * and the comments, newest first, page by page. Pull down to refresh.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { OutputOf } from '@core/contract';
import { ListStatus } from '@/components/ListStatus';
import { usePagedList } from '@/hooks/usePagedList';
import { usePageParams } from '@/hooks/usePageParams';
import { useListGestures } from '@/hooks/usePageRefresh';
import { getResults } from '@/services/survey';
import { QuestionResult } from '@/packages/survey/components/QuestionResult';
import { TargetHeader } from '@/packages/survey/components/TargetHeader';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import { stampOf } from '@/packages/survey/lib/survey';
import './index.scss';

type Results = OutputOf<'survey', 'getResults'>;
type Summary = Omit<Results, 'comments'>;

function ResultsView({ targetKind, targetId }: { targetKind: 'training'; targetId: string }) {
  const [summary, setSummary] = useState<Summary | null>(null);
  const comments = usePagedList(
    async (page, pageSize) => {
      const { comments: c, ...rest } = await getResults({ targetKind, targetId, page, pageSize });
      setSummary(rest);
      return c;
    },
    [targetKind, targetId],
  );
  useListGestures(comments);
  const hasText = summary?.questions.some((q) => q.kind === 'text') ?? false;

  return (
    <>
      {summary ? (
        <>
          <TargetHeader target={summary.target} testId="results-summary">
            <Text className="results__count" data-testid="results-count">
              已回收 {summary.responses} 份{summary.invited !== null ? `，签到 ${summary.invited} 人` : ''}
            </Text>
          </TargetHeader>
          {summary.responses === 0 ? (
            <View className="results__empty" data-testid="results-none">
              <Text>还没有人提交问卷</Text>
            </View>
          ) : (
            summary.questions.map((q, i) => <QuestionResult key={q.questionId} index={i} result={q} />)
          )}
          {hasText && summary.responses > 0 ? <Text className="results__section">意见和建议</Text> : null}
        </>
      ) : null}
      {comments.items.map((c, i) => (
        <View key={`${c.submittedAt}-${i}`} className="results__comment" data-testid="comment">
          <Text className="results__comment-text">{c.text}</Text>
          <Text className="results__comment-meta">
            {c.questionTitle} · {stampOf(c.submittedAt)}
          </Text>
        </View>
      ))}
      <ListStatus
        loading={comments.loading}
        error={comments.error}
        empty={comments.items.length === 0 && (comments.loading || (!!summary && hasText))}
        emptyText="还没有文字意见"
        onRetry={() => void comments.reload()}
        loadingMore={comments.loadingMore}
        hasMore={comments.items.length > 0 ? comments.hasMore : undefined}
      />
    </>
  );
}

export default function ResultsPage() {
  const { targetKind, targetId } = usePageParams();
  const session = useSession();
  return (
    <View className="results">
      <RoleGate session={session} roles={['chief', 'admin']} what="查看评价结果">
        {targetKind === 'training' && targetId ? (
          <ResultsView key={session.acting?.id} targetKind={targetKind} targetId={targetId} />
        ) : (
          <View className="results__empty" data-testid="survey-bad-link">
            <Text>链接不完整，请从培训页面重新打开</Text>
          </View>
        )}
      </RoleGate>
    </View>
  );
}
