/** 登录 (H5 / local host). On WeChat the user is known by OPENID and never sees this page. */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { TextField } from '@/components/FormField';
import { useFieldBinder, type FieldBinder } from '@/hooks/useFieldBinder';
import { useSubmit } from '@/hooks/useSubmit';
import { login } from '@/services/account';
import { useAppStore } from '@/store';
import { ROUTES } from '@/lib/routes';
import { toastOk } from '@/lib/feedback';
import '@/packages/account/form.scss';

interface LoginForm {
  username: string;
  password: string;
}

export default function LoginPage() {
  const signIn = useAppStore((s) => s.signIn);
  const { submit, submitting, fieldErrors } = useSubmit(() =>
    login({ username: fields.values.username.trim(), password: fields.values.password }),
  );
  const fields: FieldBinder<LoginForm> = useFieldBinder({ username: '', password: '' }, { behind: fieldErrors });
  const { username, password } = fields.values;

  const onLogin = async () => {
    const session = await submit();
    if (!session) return;
    await signIn(session);
    toastOk('登录成功');
    await Taro.switchTab({ url: ROUTES.me });
  };

  return (
    <View className="account-form">
      <Text className="account-form__intro">使用账号和密码登录知识产权公共服务平台。</Text>
      <TextField {...fields.bind('username')} label="用户名" required />
      <TextField {...fields.bind('password')} label="密码" type="password" required />
      <View className="account-form__actions">
        <Button
          type="primary"
          block
          loading={submitting}
          disabled={!username || !password}
          onClick={() => void onLogin()}
        >
          登录
        </Button>
        <Text className="account-form__link" onClick={() => void Taro.redirectTo({ url: ROUTES.register })}>
          没有账号？注册新账号
        </Text>
      </View>
    </View>
  );
}
