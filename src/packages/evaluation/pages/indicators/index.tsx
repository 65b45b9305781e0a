/**
 * 评价指标表 (admin): the versions of the indicator table, newest first; one opens to show its
 * sections and items, and 「基于此版本新建」 turns the page into the editor of a new version started
 * from it (same page, another mode). Saved, the list reloads with the new version open.
 */
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { IndicatorSetView } from '@core/contract';
import { ListStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { useLoad } from '@/hooks/useLoad';
import { useSession } from '@/hooks/useSession';
import { toastOk } from '@/lib/feedback';
import { listIndicatorSets } from '@/services/evaluation';
import { IndicatorEditor } from '@/packages/evaluation/components/IndicatorEditor';
import { IndicatorSetCard } from '@/packages/evaluation/components/IndicatorSetCard';
import { newestFirst } from '@/packages/evaluation/lib/sets';
import '@/packages/evaluation/styles/evaluation.scss';

function IndicatorSets() {
  const loaded = useLoad(() => listIndicatorSets({}), []);
  const [openId, setOpenId] = useState<string | null>(null);
  const [base, setBase] = useState<IndicatorSetView | null>(null);

  if (base) {
    return (
      <IndicatorEditor
        key={base.id}
        base={base}
        onCancel={() => setBase(null)}
        onSaved={(saved) => {
          toastOk(`已保存为第 ${saved.version} 版`);
          setBase(null);
          setOpenId(saved.id);
          void loaded.reload();
        }}
      />
    );
  }
  const sets = newestFirst(loaded.data ?? []);
  return (
    <>
      {sets.map((s) => (
        <IndicatorSetCard
          key={s.id}
          set={s}
          open={openId === s.id}
          onToggle={() => setOpenId(openId === s.id ? null : s.id)}
          onCopy={() => setBase(s)}
        />
      ))}
      <ListStatus
        loading={loaded.loading}
        error={loaded.error}
        empty={!loaded.loading && sets.length === 0}
        emptyText="还没有评价指标表"
        onRetry={() => void loaded.reload()}
      />
    </>
  );
}

export default function EvaluationIndicatorsPage() {
  const session = useSession();
  return (
    <View className="eval-page">
      <RoleGate session={session} needs={['evaluation', 'listIndicatorSets']} what="管理评价指标表">
        <IndicatorSets key={session.acting?.id ?? ''} />
      </RoleGate>
    </View>
  );
}
