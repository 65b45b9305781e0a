/**
 * 工作日历 (admin): the public holidays and 调休 working days the two-day answer counts in
 * (core/rules/sla.ts). Without a calendar the two days are calendar days (48 hours from the
 * notice); with one, only working days count — Monday to Friday, minus the holidays listed, plus
 * the 调休 Saturdays and Sundays. Dates are added with the date picker, removed after asking, and
 * the whole calendar is saved at once.
 */
import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ChipRow, type Chip } from '@/components/ChipRow';
import { PickerField } from '@/components/FormField';
import { LoadStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { SaveBar } from '@/components/SaveBar';
import { useLoad } from '@/hooks/useLoad';
import { useSession } from '@/hooks/useSession';
import { confirm, toastError, toastInfo, toastOk } from '@/lib/feedback';
import { getWorkCalendar, setWorkCalendar } from '@/services/directory';
import { CalendarDates } from '@/packages/directory/components/CalendarDates';
import {
  KIND_LABEL,
  addProblem,
  withDate,
  withoutDate,
  type CalendarDraft,
  type CalendarKind,
} from '@/packages/directory/lib/calendar';
import '@/packages/directory/components/form-page.scss';
import './index.scss';

const KINDS: Chip<CalendarKind>[] = [
  { value: 'holidays', label: KIND_LABEL.holidays },
  { value: 'workdays', label: KIND_LABEL.workdays },
];

function CalendarEditor() {
  const loaded = useLoad(() => getWorkCalendar({}), []);
  const [draft, setDraft] = useState<CalendarDraft | null>(null);
  const [kind, setKind] = useState<CalendarKind>('holidays');
  const [date, setDate] = useState('');
  const [saving, setSaving] = useState(false);
  const [isSet, setIsSet] = useState(false);

  useEffect(() => {
    if (loaded.data && !draft) {
      setDraft({ holidays: loaded.data.holidays, workdays: loaded.data.workdays });
      setIsSet(loaded.data.set);
    }
  }, [loaded.data, draft]);

  if (!draft) return <LoadStatus loaded={loaded} missing="工作日历不存在" />;

  const add = () => {
    const problem = addProblem(draft, kind, date);
    if (problem) return toastInfo(problem);
    setDraft(withDate(draft, kind, date));
    setDate('');
  };
  const remove = async (k: CalendarKind, d: string) => {
    if (!(await confirm('移除日期', `确定从${KIND_LABEL[k]}中移除 ${d} 吗？保存后生效。`))) return;
    setDraft((prev) => (prev ? withoutDate(prev, k, d) : prev));
  };
  const save = async () => {
    setSaving(true);
    try {
      const saved = await setWorkCalendar(draft);
      setDraft({ holidays: saved.holidays, workdays: saved.workdays });
      setIsSet(saved.set);
      toastOk('工作日历已保存');
    } catch (e) {
      toastError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Text className="form-page__heading" data-testid="calendar-explain">
        专家和联络员须在收到指派后两日内答复。
        {isSet ? '' : '目前尚未设置工作日历，两日按自然日计算（48小时）。'}
        设置后按工作日计算：周一至周五，扣除法定节假日，周末调休上班的日子计为工作日。
      </Text>
      <View className="calendar-page__add">
        <ChipRow chips={KINDS} value={kind} onChange={(k) => k && setKind(k)} testId="calendar-kind" />
        <PickerField name="date" label="日期" mode="date" value={date} onChange={setDate} />
        <View className="calendar-page__add-button">
          <Button type="primary" fill="outline" onClick={add}>
            添加到{KIND_LABEL[kind]}
          </Button>
        </View>
      </View>
      <CalendarDates
        title={KIND_LABEL.holidays}
        hint="这些日子不计入两日响应期限"
        dates={draft.holidays}
        testId="calendar-holidays"
        onRemove={(d) => void remove('holidays', d)}
      />
      <CalendarDates
        title={KIND_LABEL.workdays}
        hint="周末调休上班的日子，计入两日响应期限"
        dates={draft.workdays}
        testId="calendar-workdays"
        onRemove={(d) => void remove('workdays', d)}
      />
      <SaveBar saving={saving} onSave={() => void save()} label="保存工作日历" />
    </>
  );
}

export default function WorkCalendarPage() {
  const session = useSession();
  return (
    <View className="form-page calendar-page">
      <RoleGate session={session} needs={['directory', 'setWorkCalendar']} what="设置工作日历">
        <CalendarEditor key={session.acting?.id ?? ''} />
      </RoleGate>
    </View>
  );
}
