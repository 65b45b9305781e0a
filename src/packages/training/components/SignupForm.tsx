/**
 * 报名: name, company, title and mobile. Company staff sign up for the company they act for (shown,
 * not typed); anyone else names their company. Field errors show under the fields and what was
 * typed stays; a double tap or a retry never signs up twice (one clientRequestId per intent).
 */
import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Signup } from '../../../../core/contract';
import { MOBILE_PATTERN } from '../../../../core/rules/patterns';
import { TRAINING_LIMITS } from '../../../../core/rules/training';
import { TextField } from '../../../components/FormField';
import { useSubmit } from '../../../hooks/useSubmit';
import { toastInfo } from '../../../lib/feedback';
import { signUp } from '../../../services/training';

export interface SignupFormProps {
  sessionId: string;
  defaultName: string;
  /** The company the user acts for: they sign up for it. */
  actingCompany?: string;
  onDone: (signup: Signup) => void;
}

export function SignupForm({ sessionId, defaultName, actingCompany, onDone }: SignupFormProps) {
  const [name, setName] = useState(defaultName);
  const [companyName, setCompanyName] = useState('');
  const [title, setTitle] = useState('');
  const [mobile, setMobile] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const send = useCallback(
    (clientRequestId: string) =>
      signUp({
        clientRequestId,
        sessionId,
        name: name.trim(),
        ...(actingCompany ? {} : { companyName: companyName.trim() }),
        title: title.trim(),
        mobile: mobile.trim(),
      }),
    [sessionId, name, companyName, title, mobile, actingCompany],
  );
  const { submit, submitting, fieldErrors } = useSubmit(send);
  const errors: Record<string, string | undefined> = { ...fieldErrors, ...local };

  const onSubmit = async () => {
    const found: Record<string, string> = {};
    if (!name.trim()) found.name = '请填写姓名';
    if (!actingCompany && !companyName.trim()) found.companyName = '请填写单位名称';
    if (!MOBILE_PATTERN.test(mobile.trim())) found.mobile = '请填写11位手机号';
    setLocal(found);
    const first = Object.values(found)[0];
    if (first) {
      toastInfo(first);
      return;
    }
    const done = await submit();
    if (done) onDone(done);
  };

  const edit = (key: string, set: (v: string) => void) => (v: string) => {
    set(v);
    if (local[key]) setLocal((l) => ({ ...l, [key]: '' }));
  };

  return (
    <View className="training-page__form" data-testid="signup-form">
      <Text className="training-page__section signup-form__title">报名信息</Text>
      <TextField
        name="name"
        label="姓名"
        value={name}
        onChange={edit('name', setName)}
        error={errors.name || undefined}
        maxLength={TRAINING_LIMITS.name}
        required
      />
      {actingCompany ? (
        <Text className="training-page__note" data-testid="acting-company">
          报名单位：{actingCompany}（您当前的企业身份）
        </Text>
      ) : (
        <TextField
          name="companyName"
          label="单位名称"
          value={companyName}
          onChange={edit('companyName', setCompanyName)}
          error={errors.companyName || undefined}
          maxLength={TRAINING_LIMITS.companyName}
          required
        />
      )}
      <TextField
        name="title"
        label="职务"
        value={title}
        onChange={edit('title', setTitle)}
        error={errors.title || undefined}
        maxLength={TRAINING_LIMITS.personTitle}
        placeholder="选填，如：知识产权专员"
      />
      <TextField
        name="mobile"
        label="手机号"
        value={mobile}
        onChange={edit('mobile', setMobile)}
        error={errors.mobile || undefined}
        type="tel"
        maxLength={11}
        required
      />
      <View className="training-page__buttons">
        <Button type="primary" block loading={submitting} onClick={() => void onSubmit()}>
          提交报名
        </Button>
      </View>
    </View>
  );
}
