/**
 * 登记我的企业: the company profile the station confirms. The creator becomes its first staff
 * member; colleagues join later with the join code. A guest is asked to log in first.
 */
import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { DISTRICT, type District } from '@core/enums';
import { MOBILE_LENGTH, MOBILE_PATTERN } from '@core/rules/patterns';
import { CREDIT_CODE_LENGTH, isValidCreditCode } from '@core/rules/credit-code';
import { ChoiceField, TextField, optionsOf } from '@/components/FormField';
import { useLoad } from '@/hooks/useLoad';
import { useSubmit } from '@/hooks/useSubmit';
import { createCompany } from '@/services/account';
import { listStations } from '@/services/directory';
import { useAppStore } from '@/store';
import { toastOk } from '@/lib/feedback';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import { COMPANY_NAME_MAX, PERSON_NAME_MAX } from '@core/rules/ledger';
import '@/packages/account/form.scss';

interface Draft {
  name: string;
  creditCode: string;
  district: District | '';
  stationId: string;
  contactName: string;
  contactMobile: string;
}

/** Client-side checks mirror the contract so most mistakes show before sending. */
function localErrors(d: Draft): Record<string, string> {
  const e: Record<string, string> = {};
  const code = d.creditCode.trim().toUpperCase();
  if (code && !isValidCreditCode(code)) e.creditCode = `统一社会信用代码：应为${CREDIT_CODE_LENGTH}位，且校验位正确`;
  const mobile = d.contactMobile.trim();
  if (mobile && !MOBILE_PATTERN.test(mobile)) e.contactMobile = '联系人手机：格式不正确';
  return e;
}

export default function CompanyCreatePage() {
  const session = useSession();
  return (
    <RoleGate session={session} needs={['account', 'createCompany']} what="登记企业">
      <CompanyCreateForm />
    </RoleGate>
  );
}

function CompanyCreateForm() {
  const params = useRouter().params;
  const loadMe = useAppStore((s) => s.loadMe);
  const [d, setD] = useState<Draft>({
    name: '',
    creditCode: '',
    district: '',
    stationId: params.stationId ?? '',
    contactName: '',
    contactMobile: '',
  });
  const set =
    <K extends keyof Draft>(k: K) =>
    (v: Draft[K]) =>
      setD((prev) => ({ ...prev, [k]: v }));

  const stations = useLoad(() => listStations({ district: d.district || undefined, pageSize: 50 }), [d.district]);
  const stationOptions = (stations.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }));

  const send = useCallback(
    (clientRequestId: string) =>
      createCompany({
        clientRequestId,
        name: d.name.trim(),
        creditCode: d.creditCode.trim().toUpperCase(),
        district: d.district as District,
        stationId: d.stationId,
        contactName: d.contactName.trim(),
        contactMobile: d.contactMobile.trim(),
      }),
    [d],
  );
  const { submit, submitting, fieldErrors } = useSubmit(send);
  const local = localErrors(d);
  const errors = { ...fieldErrors, ...local };
  const complete = d.name && d.creditCode && d.district && d.stationId && d.contactName && d.contactMobile;

  const onSubmit = async () => {
    if (Object.keys(local).length) return;
    const company = await submit();
    if (!company) return;
    await loadMe();
    toastOk('已提交，等待站点确认');
    await Taro.navigateBack().catch(() => undefined);
  };

  return (
    <View className="account-form">
      <Text className="account-form__intro">登记后由所选服务站点核实确认。确认后，同事可使用企业加入码加入。</Text>
      <TextField
        name="name"
        label="企业名称"
        value={d.name}
        onChange={set('name')}
        error={errors.name}
        maxLength={COMPANY_NAME_MAX}
        required
      />
      <TextField
        name="creditCode"
        label="统一社会信用代码"
        value={d.creditCode}
        onChange={set('creditCode')}
        error={errors.creditCode}
        maxLength={CREDIT_CODE_LENGTH}
        placeholder={`${CREDIT_CODE_LENGTH}位代码`}
        required
      />
      <ChoiceField
        name="district"
        label="所在区"
        value={d.district}
        options={optionsOf(DISTRICT)}
        onChange={(v) => setD((prev) => ({ ...prev, district: v, stationId: '' }))}
        error={errors.district}
        required
      />
      <ChoiceField
        name="stationId"
        label="服务站点"
        value={d.stationId}
        options={stationOptions}
        onChange={set('stationId')}
        error={errors.stationId ?? (stations.error ? `站点列表加载失败：${stations.error}` : undefined)}
        placeholder={
          stations.loading ? '加载中…' : stationOptions.length ? '请选择服务站点' : '该区暂无站点，请换一个区'
        }
        required
      />
      <TextField
        name="contactName"
        label="联系人"
        value={d.contactName}
        onChange={set('contactName')}
        error={errors.contactName}
        maxLength={PERSON_NAME_MAX}
        required
      />
      <TextField
        name="contactMobile"
        label="联系人手机"
        value={d.contactMobile}
        onChange={set('contactMobile')}
        error={errors.contactMobile}
        type="tel"
        maxLength={MOBILE_LENGTH}
        required
      />
      <View className="account-form__actions">
        <Button type="primary" block loading={submitting} disabled={!complete} onClick={() => void onSubmit()}>
          提交登记
        </Button>
      </View>
    </View>
  );
}
