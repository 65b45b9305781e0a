/**
 * Edit a station's details (?stationId=, its chief or an admin), or add a station (no id,
 * admins); anyone else is told which role it needs. The current values are loaded first; what was typed stays if saving fails, and the
 * server's field messages appear under the fields.
 */
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { DISTRICT, STATION_KIND, STATION_LEVEL } from '@core/enums';
import { ChoiceField, TextField, optionsOf } from '@/components/FormField';
import { EditGate } from '@/components/ListStatus';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { useSubmit } from '@/hooks/useSubmit';
import { toastOk } from '@/lib/feedback';
import { withoutErrors } from '@/lib/field-errors';
import { ROUTES } from '@/lib/routes';
import { createStation, updateStation } from '@/services/directory';
import { SaveBar } from '@/components/SaveBar';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import { STATION_LABELS as L } from '@/packages/directory/lib/labels';
import { loadStation } from '@/packages/directory/lib/load-station';
import { goBack } from '@/packages/directory/lib/nav';
import {
  EMPTY_STATION_FORM,
  MAX_INDUSTRIES,
  formToStation,
  stationToForm,
  validateStation,
  type StationForm,
} from '@/packages/directory/lib/station-form';
import { errorFor } from '@/packages/directory/lib/validate';
import {
  INDUSTRY_MAX,
  OPERATOR_MAX,
  STATION_ADDRESS_MAX,
  STATION_HOURS_MAX,
  STATION_INTRO_MAX,
  STATION_NAME_MAX,
} from '@core/rules/directory-limits';
import '@/packages/directory/components/form-page.scss';

const KIND_OPTIONS = optionsOf(STATION_KIND);
const LEVEL_OPTIONS = optionsOf(STATION_LEVEL);
const DISTRICT_OPTIONS = optionsOf(DISTRICT);

export default function StationEditPage() {
  const session = useSession();
  const { stationId } = usePageParams();
  const editing = !!stationId;

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: editing ? '编辑网点' : '新增网点' }).catch(() => undefined);
  }, [editing]);

  // Only a chief (their own station) or an admin edits a station, and only an admin adds one.
  return (
    <RoleGate
      session={session}
      needs={['directory', editing ? 'updateStation' : 'createStation']}
      what={editing ? '编辑网点' : '新增网点'}
    >
      {stationId ? <ExistingStation stationId={stationId} /> : <StationEditor initial={EMPTY_STATION_FORM} />}
    </RoleGate>
  );
}

/** An existing station: its values first, and the editor only if the acting role may edit it. */
function ExistingStation({ stationId }: { stationId: string }) {
  const loaded = useLoad(() => loadStation(stationId), [stationId]);
  return (
    <EditGate
      loaded={loaded}
      className="form-page"
      missing="该服务网点不存在或已暂停服务"
      forbidden="您没有编辑该网点的权限"
    >
      {(data) => <StationEditor stationId={stationId} initial={stationToForm(data.station)} />}
    </EditGate>
  );
}

/** The form itself, mounted once the values to start from are known. */
function StationEditor({ stationId, initial }: { stationId?: string; initial: StationForm }) {
  const editing = !!stationId;
  const [form, setForm] = useState<StationForm>(initial);

  const { submitChecked, submitting, fieldErrors, setFieldErrors } = useSubmit((clientRequestId) => {
    const fields = formToStation(form);
    return stationId ? updateStation({ stationId, ...fields }) : createStation({ clientRequestId, ...fields });
  });

  const set =
    <K extends keyof StationForm>(key: K) =>
    (value: StationForm[K]) => {
      setForm((prev) => ({ ...prev, [key]: value }));
      setFieldErrors((prev) => withoutErrors(prev, key));
    };

  const save = async () => {
    const saved = await submitChecked(validateStation(form));
    if (!saved) return;
    toastOk('已保存');
    if (editing) goBack(ROUTES.station(saved.id));
    else void Taro.redirectTo({ url: ROUTES.station(saved.id) }).catch(() => undefined);
  };

  const err = (name: keyof StationForm) => errorFor(fieldErrors, name);
  return (
    <View className="form-page" data-testid="station-form">
      <Text className="form-page__heading">
        {editing ? '修改后将立即对公众展示' : '新增的网点将出现在服务网点列表中'}
      </Text>
      <View className="form-page__group">
        <TextField
          name="name"
          label={L.name}
          value={form.name}
          onChange={set('name')}
          error={err('name')}
          required
          maxLength={STATION_NAME_MAX}
        />
        <ChoiceField
          name="kind"
          label={L.kind}
          value={form.kind}
          options={KIND_OPTIONS}
          onChange={set('kind')}
          error={err('kind')}
          required
        />
        <ChoiceField
          name="level"
          label={L.level}
          value={form.level}
          options={LEVEL_OPTIONS}
          onChange={set('level')}
          error={err('level')}
          required
        />
        <ChoiceField
          name="district"
          label={L.district}
          value={form.district}
          options={DISTRICT_OPTIONS}
          onChange={set('district')}
          error={err('district')}
          required
        />
        <TextField
          name="address"
          label={L.address}
          value={form.address}
          onChange={set('address')}
          error={err('address')}
          required
          maxLength={STATION_ADDRESS_MAX}
        />
        <TextField
          name="phone"
          label={L.phone}
          value={form.phone}
          onChange={set('phone')}
          error={err('phone')}
          required
          type="tel"
          placeholder="如 010-62345678 或手机号"
        />
        <TextField
          name="hours"
          label={L.hours}
          value={form.hours}
          onChange={set('hours')}
          error={err('hours')}
          required
          maxLength={STATION_HOURS_MAX}
          placeholder="如 周一至周五 9:00-17:30"
        />
      </View>
      <View className="form-page__group">
        <TextField
          name="keyIndustries"
          label={L.keyIndustries}
          value={form.keyIndustries}
          onChange={set('keyIndustries')}
          error={err('keyIndustries')}
          placeholder="多个产业用逗号或顿号分隔"
        />
        <Text className="form-page__hint">
          最多 {MAX_INDUSTRIES} 项，每项不超过 {INDUSTRY_MAX} 个字
        </Text>
        <TextField
          name="operator"
          label={L.operator}
          value={form.operator}
          onChange={set('operator')}
          error={err('operator')}
          maxLength={OPERATOR_MAX}
        />
        <TextField
          name="intro"
          label={L.intro}
          value={form.intro}
          onChange={set('intro')}
          error={err('intro')}
          placeholder="请输入简介"
          multiline
          maxLength={STATION_INTRO_MAX}
        />
      </View>
      <SaveBar saving={submitting} onSave={() => void save()} />
    </View>
  );
}
