/**
 * 报名: name, company, title and mobile. Company staff sign up for the company they act for (shown,
 * not typed); anyone else names their company. Field errors show under the fields and what was
 * typed stays; a double tap or a retry never signs up twice (one clientRequestId per intent).
 */
import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Signup } from '@core/contract';
import { useSubmit } from '@/hooks/useSubmit';
import { toastFirstError, withoutErrors } from '@/lib/field-errors';
import { requestSubscriptions } from '@/lib/subscribe';
import { signUp } from '@/services/training';
import { PersonFields, emptyPerson, personErrors, personInput, type Person } from './PersonFields';

export interface SignupFormProps {
  sessionId: string;
  defaultName: string;
  /** The company the user acts for: they sign up for it. */
  actingCompany?: string;
  onDone: (signup: Signup) => void;
}

export function SignupForm({ sessionId, defaultName, actingCompany, onDone }: SignupFormProps) {
  const [person, setPerson] = useState<Person>(() => emptyPerson(defaultName));
  const typesCompany = !actingCompany;
  const send = useCallback(
    (clientRequestId: string) => {
      // Someone acting for a company signs up for it: the server takes the acting one.
      const { companyName, ...rest } = personInput(person);
      return signUp({ clientRequestId, sessionId, ...rest, ...(typesCompany ? { companyName } : {}) });
    },
    [sessionId, person, typesCompany],
  );
  const { submit, submitting, fieldErrors, setFieldErrors } = useSubmit(send);

  const onSubmit = async () => {
    const local = personErrors(person, typesCompany);
    setFieldErrors(local);
    if (toastFirstError(local)) return;
    // Asked from the tap itself (WeChat requires it): changes and reminders of the session.
    void requestSubscriptions('training');
    const done = await submit();
    if (done) onDone(done);
  };

  const edit = (field: keyof Person, value: string) => {
    setPerson((p) => ({ ...p, [field]: value }));
    setFieldErrors((e) => withoutErrors(e, field));
  };

  return (
    <View className="training-page__form" data-testid="signup-form">
      <Text className="training-page__section signup-form__title">报名信息</Text>
      <PersonFields
        person={person}
        onEdit={edit}
        errors={fieldErrors}
        fixedCompany={
          actingCompany ? (
            <Text className="training-page__note" data-testid="acting-company">
              报名单位：{actingCompany}（您当前的企业身份）
            </Text>
          ) : undefined
        }
      />
      <View className="training-page__buttons">
        <Button type="primary" block loading={submitting} onClick={() => void onSubmit()}>
          提交报名
        </Button>
      </View>
    </View>
  );
}
