/**
 * The archive's records of the year: the complaints about the station (how many, by status, and
 * each — tap: the complaint) and its improvement actions (how many, open, overdue, and each —
 * tap: 整改事项 filtered as the action stands).
 */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { StationArchive } from '@core/contract';
import { COMPLAINT_STATUS, IMPROVEMENT_STATUS } from '@core/enums';
import { DetailCard, DetailNote } from '@/components/DetailCard';
import { dayOf } from '@/lib/format';
import { ROUTES } from '@/lib/routes';
import { sourceTitle } from '../lib/labels';
import './ArchiveSections.scss';

export function ArchiveComplaints({ complaints }: { complaints: StationArchive['complaints'] }) {
  return (
    <DetailCard title="投诉" testId="archive-complaints">
      <View className="archive-counts" data-testid="archive-complaint-counts">
        <Text>共 {complaints.total} 件</Text>
        {complaints.byStatus.map((s) => (
          <Text key={s.label}>
            {s.label} {s.count}
          </Text>
        ))}
      </View>
      {complaints.items.length ? null : <DetailNote>本年度没有投诉</DetailNote>}
      {complaints.items.map((c) => (
        <View
          key={c.id}
          className="archive-row"
          data-testid="archive-complaint"
          onClick={() => void Taro.navigateTo({ url: ROUTES.complaint(c.id) })}
        >
          <View className="archive-row__main">
            <Text>{c.label}</Text>
            <Text className="archive-row__note">{dayOf(c.createdAt)} 投诉</Text>
          </View>
          <Text className="archive-row__side">{COMPLAINT_STATUS.labels[c.status]}</Text>
        </View>
      ))}
    </DetailCard>
  );
}

export function ArchiveImprovements({ improvements }: { improvements: StationArchive['improvements'] }) {
  return (
    <DetailCard title="整改" testId="archive-improvements">
      <View className="archive-counts" data-testid="archive-improvement-counts">
        <Text>共 {improvements.total} 项</Text>
        <Text>整改中 {improvements.open}</Text>
        <Text className={improvements.overdue ? 'archive-counts__late' : ''}>逾期 {improvements.overdue}</Text>
      </View>
      {improvements.items.length ? null : <DetailNote>本年度没有整改事项</DetailNote>}
      {improvements.items.map((i) => (
        <View
          key={i.id}
          className="archive-row"
          data-testid="archive-improvement"
          onClick={() => void Taro.navigateTo({ url: ROUTES.improvements(i.status, i.overdue) })}
        >
          <View className="archive-row__main">
            <Text>{sourceTitle(i.source)}</Text>
            <Text className="archive-row__note">
              {i.measure} · {i.ownerName} · 期限 {i.dueDate}
            </Text>
          </View>
          <Text className={`archive-row__side${i.overdue ? ' archive-row__side--bad' : ''}`}>
            {i.overdue ? '逾期' : IMPROVEMENT_STATUS.labels[i.status]}
          </Text>
        </View>
      ))}
    </DetailCard>
  );
}
