/**
 * 人员配备 (001 §6.4): the studio's people grouped by the party they come from, each 专职 or 兼职,
 * and the staffing rule checked line by line. Whoever may record the staff (the applicant, an
 * approver of the chain, while the application is open) edits the list here.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { StudioApplication } from '@core/contract';
import { STUDIO_PARTY } from '@core/enums';
import { DetailCard } from '@/components/DetailCard';
import { PhoneLink } from '@/components/PhoneLink';
import { StaffEditor } from './StaffEditor';
import { StaffingCheck } from './StaffingCheck';

interface Props {
  a: StudioApplication;
  onSaved: (next: StudioApplication) => void;
  onMoved: (message: string) => void;
}

function StaffList({ staff }: { staff: StudioApplication['staff'] }) {
  return (
    <View data-testid="staff-list">
      {STUDIO_PARTY.values.map((party) => {
        const members = staff.filter((s) => s.party === party);
        return (
          <View key={party} className="studio-staff__group" data-testid="staff-group" data-party={party}>
            <Text className="studio-staff__party">
              {STUDIO_PARTY.labels[party]}（{members.length} 人）
            </Text>
            {members.length === 0 ? <Text className="studio-detail__muted">暂无</Text> : null}
            {members.map((s, i) => (
              <View key={`${s.mobile}-${i}`} className="studio-staff__member" data-testid="staff-member">
                <Text className="studio-staff__name">{s.name}</Text>
                <Text className="studio-staff__title">{s.title}</Text>
                <Text className={`studio-staff__kind${s.fullTime ? ' studio-staff__kind--full' : ''}`}>
                  {s.fullTime ? '专职' : '兼职'}
                </Text>
                <PhoneLink phone={s.mobile} />
              </View>
            ))}
          </View>
        );
      })}
    </View>
  );
}

export function StaffSection({ a, onSaved, onMoved }: Props) {
  const [editing, setEditing] = useState(false);
  return (
    <DetailCard title="人员配备" testId="studio-staff">
      {/* Closed under the editor (decided meanwhile): the list as it stands, no editor. */}
      {editing && a.canEditStaff ? (
        <StaffEditor
          a={a}
          onSaved={(next) => {
            setEditing(false);
            onSaved(next);
          }}
          onMoved={onMoved}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <StaffList staff={a.staff} />
          <StaffingCheck gaps={a.staffingGaps} />
          {a.canEditStaff ? (
            <Button
              block
              fill="outline"
              type="primary"
              className="studio-staff__edit"
              data-testid="staff-edit"
              onClick={() => setEditing(true)}
            >
              编辑人员配备
            </Button>
          ) : null}
        </>
      )}
    </DetailCard>
  );
}
