/** 注册 (H5 / local host). */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { TextField } from '@/components/FormField';
import { useFieldBinder, type FieldBinder } from '@/hooks/useFieldBinder';
import { useSubmit } from '@/hooks/useSubmit';
import { register } from '@/services/account';
import { useAppStore } from '@/store';
import { ROUTES } from '@/lib/routes';
import { toastOk } from '@/lib/feedback';
import { DISPLAY_NAME_MAX, PASSWORD_MIN, USERNAME_MAX, USERNAME_MIN } from '@core/rules/account-limits';
import '@/packages/account/form.scss';

interface RegisterForm {
  username: string;
  displayName: string;
  password: string;
  confirm: string;
}

export default function RegisterPage() {
  const signIn = useAppStore((s) => s.signIn);
  const { submit, submitting, fieldErrors } = useSubmit(() =>
    register({ username: form.username.trim(), displayName: form.displayName.trim(), password: form.password }),
  );
  const fields: FieldBinder<RegisterForm> = useFieldBinder(
    { username: '', displayName: '', password: '', confirm: '' },
    { behind: fieldErrors },
  );
  const form = fields.values;
  const mismatch = form.confirm.length > 0 && form.confirm !== form.password;

  const onRegister = async () => {
    if (mismatch) return;
    const session = await submit();
    if (!session) return;
    await signIn(session);
    toastOk('注册成功');
    await Taro.switchTab({ url: ROUTES.me });
  };

  return (
    <View className="account-form">
      <Text className="account-form__intro">注册后可登记或加入企业；工作站人员请在注册后输入站长发放的邀请码。</Text>
      <TextField
        {...fields.bind('username')}
        label="用户名"
        placeholder={`${USERNAME_MIN}-${USERNAME_MAX}位字母、数字或下划线`}
        required
      />
      <TextField {...fields.bind('displayName')} label="姓名" maxLength={DISPLAY_NAME_MAX} required />
      <TextField
        {...fields.bind('password')}
        label="密码"
        type="password"
        placeholder={`至少${PASSWORD_MIN}位`}
        required
      />
      <TextField
        {...fields.bind('confirm')}
        label="确认密码"
        error={mismatch ? '两次输入的密码不一致' : undefined}
        type="password"
        required
      />
      <View className="account-form__actions">
        <Button
          type="primary"
          block
          loading={submitting}
          disabled={!form.username || !form.displayName || !form.password || mismatch}
          onClick={() => void onRegister()}
        >
          注册
        </Button>
      </View>
    </View>
  );
}
