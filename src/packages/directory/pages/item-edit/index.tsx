/**
 * Add (?stationId=) or edit (?stationId=&itemId=) one entry of a station's service item list:
 * the seven fields of 004 §7.4.3 and its place in the list. What was typed stays if saving
 * fails; the server's field messages appear under the fields.
 */
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { TextField } from '@/components/FormField';
import { EditGate } from '@/components/ListStatus';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { useSubmit } from '@/hooks/useSubmit';
import { toastOk } from '@/lib/feedback';
import { withoutErrors } from '@/lib/field-errors';
import { ROUTES } from '@/lib/routes';
import { saveServiceItem } from '@/services/directory';
import { SaveBar } from '@/components/SaveBar';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import {
  EMPTY_ITEM_FORM,
  formToItem,
  itemToForm,
  validateItem,
  type ItemForm,
} from '@/packages/directory/lib/item-form';
import { ITEM_LABELS as L } from '@/packages/directory/lib/labels';
import { loadStation } from '@/packages/directory/lib/load-station';
import { goBack } from '@/packages/directory/lib/nav';
import { errorFor } from '@/packages/directory/lib/validate';
import {
  ITEM_NAME_MAX,
  ITEM_ORDER_MAX,
  ITEM_TARGET_USERS_MAX,
  ITEM_TEXT_MAX,
  ITEM_TIME_LIMIT_MAX,
} from '@core/rules/directory-limits';
import '@/packages/directory/components/form-page.scss';

export default function ItemEditPage() {
  const session = useSession();
  const { stationId = '', itemId } = usePageParams();
  const editing = !!itemId;

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: editing ? '编辑服务事项' : '新增服务事项' }).catch(() => undefined);
  }, [editing]);

  return (
    <RoleGate session={session} needs={['directory', 'saveServiceItem']} what="编辑服务事项">
      <ItemOfStation stationId={stationId} itemId={itemId} />
    </RoleGate>
  );
}

/** The station (and the item) first, and the editor only if the acting role may edit the station. */
function ItemOfStation({ stationId, itemId }: { stationId: string; itemId?: string }) {
  const editing = !!itemId;
  const loaded = useLoad(() => loadStation(stationId), [stationId]);
  const item = editing ? loaded.data?.items.find((it) => it.id === itemId) : undefined;

  return (
    <EditGate
      loaded={loaded}
      className="form-page"
      missing={loaded.data ? '该服务事项不存在' : '该服务网点不存在或已暂停服务'}
      forbidden="您没有编辑该网点服务事项的权限"
      present={() => !editing || !!item}
    >
      {({ station }) => (
        <ItemEditor
          stationId={station.id}
          stationName={station.name}
          itemId={item?.id}
          // A new item usually answers on the station's own line.
          initial={item ? itemToForm(item) : { ...EMPTY_ITEM_FORM, consultPhone: station.phone }}
        />
      )}
    </EditGate>
  );
}

interface ItemEditorProps {
  stationId: string;
  stationName: string;
  itemId?: string;
  initial: ItemForm;
}

/** The form itself, mounted once the values to start from are known. */
function ItemEditor({ stationId, stationName, itemId, initial }: ItemEditorProps) {
  const [form, setForm] = useState<ItemForm>(initial);

  const { submitChecked, submitting, fieldErrors, setFieldErrors } = useSubmit((clientRequestId) =>
    saveServiceItem({
      stationId,
      ...(itemId ? { itemId } : { clientRequestId }),
      ...formToItem(form),
    }),
  );

  const set = (key: keyof ItemForm) => (value: string) => {
    setForm((prev) => ({ ...prev, [key]: value }));
    setFieldErrors((prev) => withoutErrors(prev, key));
  };

  const save = async () => {
    const saved = await submitChecked(validateItem(form));
    if (!saved) return;
    toastOk('已保存');
    goBack(ROUTES.station(stationId));
  };

  const err = (name: keyof ItemForm) => errorFor(fieldErrors, name);
  const field = (name: keyof ItemForm, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField name={name} label={L[name]} value={form[name]} onChange={set(name)} error={err(name)} {...extra} />
  );
  return (
    <View className="form-page" data-testid="item-form">
      <Text className="form-page__heading">{stationName} · 服务事项清单</Text>
      <View className="form-page__group">
        {field('name', { required: true, maxLength: ITEM_NAME_MAX })}
        {field('targetUsers', { required: true, maxLength: ITEM_TARGET_USERS_MAX, placeholder: '如 辖区内中小企业' })}
        {field('content', { required: true, multiline: true, maxLength: ITEM_TEXT_MAX, placeholder: '请输入服务内容' })}
        {field('procedure', {
          required: true,
          multiline: true,
          maxLength: ITEM_TEXT_MAX,
          placeholder: '如 预约 → 指导 → 提交',
        })}
        {field('timeLimit', { required: true, maxLength: ITEM_TIME_LIMIT_MAX, placeholder: '如 3个工作日' })}
        {field('consultPhone', { required: true, type: 'tel', placeholder: '如 010-62345678' })}
        {field('supervisionPhone', { required: true, type: 'tel', placeholder: '如 12345' })}
      </View>
      <View className="form-page__group">
        {field('order', {
          type: 'number',
          maxLength: String(ITEM_ORDER_MAX).length,
          placeholder: '数字小的在前，可不填',
        })}
      </View>
      <SaveBar saving={submitting} onSave={() => void save()} />
    </View>
  );
}
