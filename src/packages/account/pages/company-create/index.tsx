/**
 * 登记我的企业: the company profile the station confirms. The creator becomes its first staff
 * member; colleagues join later with the join code. A guest is asked to log in first.
 */
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { DISTRICT, type District } from '@core/enums';
import { MOBILE_LENGTH, MOBILE_PATTERN } from '@core/rules/patterns';
import { CREDIT_CODE_LENGTH, isValidCreditCode } from '@core/rules/credit-code';
import { ChoiceField, TextField, optionsOf } from '@/components/FormField';
import { useLoad } from '@/hooks/useLoad';
import { useFieldBinder, type FieldBinder } from '@/hooks/useFieldBinder';
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
  const { submit, submitting, fieldErrors } = useSubmit((clientRequestId) =>
    createCompany({
      clientRequestId,
      name: d.name.trim(),
      creditCode: d.creditCode.trim().toUpperCase(),
      district: d.district as District,
      stationId: d.stationId,
      contactName: d.contactName.trim(),
      contactMobile: d.contactMobile.trim(),
    }),
  );
  const form: FieldBinder<Draft> = useFieldBinder<Draft>(
    { name: '', creditCode: '', district: '', stationId: params.stationId ?? '', contactName: '', contactMobile: '' },
    { behind: (values) => ({ ...fieldErrors, ...localErrors(values) }) },
  );
  const { values: d, errors } = form;

  const stations = useLoad(() => listStations({ district: d.district || undefined, pageSize: 50 }), [d.district]);
  const stationOptions = (stations.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }));

  const local = localErrors(d);
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
      <TextField {...form.bind('name')} label="企业名称" maxLength={COMPANY_NAME_MAX} required />
      <TextField
        {...form.bind('creditCode')}
        label="统一社会信用代码"
        maxLength={CREDIT_CODE_LENGTH}
        placeholder={`${CREDIT_CODE_LENGTH}位代码`}
        required
      />
      <ChoiceField
        name="district"
        label="所在区"
        value={d.district}
        options={optionsOf(DISTRICT)}
        onChange={(v) => form.setValues((prev) => ({ ...prev, district: v, stationId: '' }))}
        error={errors.district}
        required
      />
      <ChoiceField
        {...form.bind('stationId')}
        label="服务站点"
        options={stationOptions}
        error={errors.stationId ?? (stations.error ? `站点列表加载失败：${stations.error}` : undefined)}
        placeholder={
          stations.loading ? '加载中…' : stationOptions.length ? '请选择服务站点' : '该区暂无站点，请换一个区'
        }
        required
      />
      <TextField {...form.bind('contactName')} label="联系人" maxLength={PERSON_NAME_MAX} required />
      <TextField {...form.bind('contactMobile')} label="联系人手机" type="tel" maxLength={MOBILE_LENGTH} required />
      <View className="account-form__actions">
        <Button type="primary" block loading={submitting} disabled={!complete} onClick={() => void onSubmit()}>
          提交登记
        </Button>
      </View>
    </View>
  );
}
