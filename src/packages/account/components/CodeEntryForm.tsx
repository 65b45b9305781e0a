/**
 * A page that takes one code (an invitation, a company's join code), sends it, and on
 * success updates who I am and goes back.
 */
import { useCallback, useState, type ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Me } from '@core/contract';
import { TextField } from '@/components/FormField';
import { useSubmit } from '@/hooks/useSubmit';
import { useAppStore } from '@/store';
import { toastOk } from '@/lib/feedback';
import { CODE_MAX, CODE_MIN } from '@core/rules/account-limits';
import '../form.scss';

export interface CodeEntryFormProps {
  intro: string;
  name: string;
  label: string;
  placeholder?: string;
  action: string;
  done: string;
  send: (code: string) => Promise<Me>;
  footer?: ReactNode;
}

export function CodeEntryForm(p: CodeEntryFormProps) {
  const setMe = useAppStore((s) => s.setMe);
  const [code, setCode] = useState('');
  const { send } = p;
  const submitCode = useCallback(() => send(code.trim().toUpperCase()), [send, code]);
  const { submit, submitting, fieldErrors } = useSubmit(submitCode);

  const onSubmit = async () => {
    const me = await submit();
    if (!me) return;
    setMe(me);
    toastOk(p.done);
    await Taro.navigateBack().catch(() => undefined);
  };

  return (
    <View className="account-form">
      <Text className="account-form__intro">{p.intro}</Text>
      <TextField
        name={p.name}
        label={p.label}
        value={code}
        onChange={setCode}
        error={fieldErrors[p.name]}
        maxLength={CODE_MAX}
        placeholder={p.placeholder}
        required
      />
      <View className="account-form__actions">
        <Button
          type="primary"
          block
          loading={submitting}
          disabled={code.trim().length < CODE_MIN}
          onClick={() => void onSubmit()}
        >
          {p.action}
        </Button>
        {p.footer}
      </View>
    </View>
  );
}
