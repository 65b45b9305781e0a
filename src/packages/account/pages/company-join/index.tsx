/** 加入企业: with the join code a colleague shares from their 我的 page. */
import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { TextField } from '../../../../components/FormField';
import { useSubmit } from '../../../../hooks/useSubmit';
import { joinCompany } from '../../../../services/account';
import { useAppStore } from '../../../../store';
import { ROUTES } from '../../../../lib/routes';
import { toastOk } from '../../../../lib/feedback';
import '../../form.scss';

export default function CompanyJoinPage() {
  const setMe = useAppStore((s) => s.setMe);
  const [joinCode, setJoinCode] = useState('');
  const send = useCallback(() => joinCompany({ joinCode: joinCode.trim().toUpperCase() }), [joinCode]);
  const { submit, submitting, fieldErrors } = useSubmit(send);

  const onJoin = async () => {
    const me = await submit();
    if (!me) return;
    setMe(me);
    toastOk('已加入企业');
    await Taro.navigateBack().catch(() => undefined);
  };

  return (
    <View className="account-form">
      <Text className="account-form__intro">企业加入码可由已加入的同事在"我的"页面查看。</Text>
      <TextField
        name="joinCode"
        label="企业加入码"
        value={joinCode}
        onChange={setJoinCode}
        error={fieldErrors.joinCode}
        maxLength={16}
        required
      />
      <View className="account-form__actions">
        <Button
          type="primary"
          block
          loading={submitting}
          disabled={joinCode.trim().length < 6}
          onClick={() => void onJoin()}
        >
          加入企业
        </Button>
        <Text className="account-form__link" onClick={() => void Taro.redirectTo({ url: ROUTES.companyCreate() })}>
          企业尚未登记？登记我的企业
        </Text>
      </View>
    </View>
  );
}
