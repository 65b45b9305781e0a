/**
 * 编辑人员配备: the studio's people one row each — 所属单位, 姓名, 职务, 手机, 专职 — added and
 * removed (removal asked once more), the staffing rule checked against the rows as they are typed,
 * and the whole list saved at once (saveStaff replaces the list). Checked before sending; on any
 * failure what was typed stays, the server's field messages under their fields.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { StudioApplication } from '@core/contract';
import { STUDIO_PARTY } from '@core/enums';
import { PERSON_NAME_MAX, PERSON_TITLE_MAX } from '@core/rules/ledger';
import { MOBILE_LENGTH } from '@core/rules/patterns';
import { STAFF_MAX, staffingGaps } from '@core/rules/studio';
import { ChoiceField, TextField, optionsOf } from '@/components/FormField';
import { ToggleField } from '@/components/ToggleField';
import { useSession } from '@/hooks/useSession';
import { confirm, toastError, toastInfo, toastOk } from '@/lib/feedback';
import { toastFirstError, withoutErrors, type FieldErrors } from '@/lib/field-errors';
import { ServiceError } from '@/services/errors';
import { saveStaff } from '@/services/studio';
import { newRow, rowsOf, staffErrors, staffInput, type StaffRow } from './staff-draft';
import { StaffingCheck } from './StaffingCheck';

const PARTIES = optionsOf(STUDIO_PARTY);

interface Props {
  a: StudioApplication;
  onSaved: (next: StudioApplication) => void;
  /** The application changed meanwhile (CONFLICT): the message, and the page reloads it. */
  onMoved: (message: string) => void;
  onCancel: () => void;
}

export function StaffEditor({ a, onSaved, onMoved, onCancel }: Props) {
  const { acting } = useSession();
  const [rows, setRows] = useState<StaffRow[]>(() => rowsOf(a.staff));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  const edit = <K extends keyof StaffRow>(i: number, key: K, value: StaffRow[K]) => {
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
    setErrors((e) => withoutErrors(e, `staff.${i}.${key}`));
  };

  const add = () => {
    if (rows.length >= STAFF_MAX) {
      toastInfo(`最多${STAFF_MAX}人`);
      return;
    }
    setRows((rs) => [...rs, newRow(acting?.role)]);
  };

  const remove = async (i: number) => {
    const r = rows[i]!;
    const who = r.name.trim() || `第${i + 1}位人员`;
    if (!(await confirm('删除人员', `确定从人员配备中删除${who}吗？保存后生效。`))) return;
    setRows((rs) => rs.filter((_, j) => j !== i));
    // The messages are keyed by position: those after the removed row no longer match.
    setErrors({});
  };

  const save = async () => {
    if (saving) return;
    const problems = staffErrors(rows);
    setErrors(problems);
    if (toastFirstError(problems)) return;
    setSaving(true);
    try {
      onSaved(await saveStaff({ applicationId: a.id, staff: staffInput(rows) }));
      toastOk('人员配备已保存');
    } catch (e) {
      if (e instanceof ServiceError && e.code === 'INVALID_INPUT') setErrors(e.fields);
      toastError(e);
      if (e instanceof ServiceError && e.code === 'CONFLICT') onMoved(e.message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <View className="studio-staff-editor" data-testid="staff-editor">
      {rows.length === 0 ? <Text className="studio-detail__muted">尚未添加人员</Text> : null}
      {rows.map((r, i) => (
        <View key={r.key} className="studio-staff-editor__member" data-testid="staff-row">
          <View className="studio-staff-editor__member-head">
            <Text className="studio-staff-editor__member-title">第 {i + 1} 位</Text>
            <Text className="studio-staff-editor__remove" data-testid="staff-remove" onClick={() => void remove(i)}>
              删除
            </Text>
          </View>
          <ChoiceField
            name={`staff.${i}.party`}
            label="所属单位"
            value={r.party}
            options={PARTIES}
            onChange={(v) => edit(i, 'party', v)}
            error={errors[`staff.${i}.party`]}
            required
          />
          <TextField
            name={`staff.${i}.name`}
            label="姓名"
            value={r.name}
            onChange={(v) => edit(i, 'name', v)}
            error={errors[`staff.${i}.name`]}
            maxLength={PERSON_NAME_MAX}
            required
          />
          <TextField
            name={`staff.${i}.title`}
            label="职务"
            value={r.title}
            onChange={(v) => edit(i, 'title', v)}
            error={errors[`staff.${i}.title`]}
            maxLength={PERSON_TITLE_MAX}
            required
          />
          <TextField
            name={`staff.${i}.mobile`}
            label="手机"
            type="tel"
            value={r.mobile}
            onChange={(v) => edit(i, 'mobile', v)}
            error={errors[`staff.${i}.mobile`]}
            maxLength={MOBILE_LENGTH}
            required
          />
          <ToggleField
            name={`staff.${i}.fullTime`}
            label="专职"
            hint={r.fullTime ? '专职工作人员' : '兼职工作人员'}
            checked={r.fullTime}
            onChange={(v) => edit(i, 'fullTime', v)}
          />
        </View>
      ))}
      <View className="studio-staff-editor__add">
        <Button size="small" fill="outline" type="primary" data-testid="staff-add" onClick={add}>
          添加人员
        </Button>
        <Text className="studio-detail__muted">
          共 {rows.length} 人，最多 {STAFF_MAX} 人
        </Text>
      </View>
      <StaffingCheck gaps={staffingGaps(rows)} title="按当前编辑内容" />
      <View className="studio-detail__buttons-row">
        <Button fill="outline" onClick={onCancel}>
          取消
        </Button>
        <Button type="primary" loading={saving} data-testid="staff-save" onClick={() => void save()}>
          保存人员配备
        </Button>
      </View>
    </View>
  );
}
