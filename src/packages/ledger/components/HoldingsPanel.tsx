/**
 * 知识产权拥有量: today's figures per kind and how they got there — small bars of each kind's
 * figures after every recorded change (oldest left) — and the list of changes (who, when, from
 * the profile form or a visit).
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { HoldingsChange, HoldingsView } from '@core/contract';
import { shanghaiDate } from '@core/rules/time';
import { changeText, trendsOf } from '../lib/holdings-trend';
import './HoldingsPanel.scss';

const SOURCE_LABEL = { profile: '档案编辑', visit: '走访登记' } as const;
/** The bars show at most this many figures (the latest). */
const MAX_BARS = 12;

export function HoldingsPanel({ current, history }: { current: HoldingsView; history: HoldingsChange[] }) {
  const [open, setOpen] = useState(false);
  const trends = trendsOf(current, history);
  return (
    <View className="holdings" data-testid="holdings">
      <Text className="holdings__title">知识产权拥有量（件）</Text>
      {trends.length === 0 ? <Text className="holdings__empty">尚未填写知识产权拥有情况</Text> : null}
      {trends.map((t) => {
        const bars = t.series.slice(-MAX_BARS);
        const top = Math.max(1, ...bars);
        return (
          <View key={t.kind} className="holdings__row" data-testid="holding" data-kind={t.kind}>
            <Text className="holdings__label">{t.label}</Text>
            <View className="holdings__bars">
              {bars.map((v, i) => (
                <View key={i} className="holdings__bar" style={{ height: `${Math.max(8, (v / top) * 100)}%` }} />
              ))}
            </View>
            <Text className="holdings__now">{t.now}</Text>
          </View>
        );
      })}
      {history.length ? (
        <Text className="holdings__toggle" onClick={() => setOpen(!open)}>
          {open ? '收起变更记录' : `变更记录（${history.length}）`}
        </Text>
      ) : null}
      {open
        ? history.map((h) => (
            <View key={h.id} className="holdings__change" data-testid="holding-change">
              <Text className="holdings__change-when">
                {shanghaiDate(h.at)} · {h.byName} · {SOURCE_LABEL[h.source]}
              </Text>
              <Text className="holdings__change-what">{changeText(h)}</Text>
            </View>
          ))
        : null}
    </View>
  );
}
