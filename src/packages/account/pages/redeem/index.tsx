/** 输入邀请码: joins a station in the role the code grants. */
import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { TextField } from '../../../../components/FormField';
import { useSubmit } from '../../../../hooks/useSubmit';
import { redeemInvitation } from '../../../../services/account';
import { useAppStore } from '../../../../store';
import { toastOk } from '../../../../lib/feedback';
import '../../form.scss';

export default function RedeemPage() {
  const setMe = useAppStore((s) => s.setMe);
  const [code, setCode] = useState('');
  const send = useCallback(() => redeemInvitation({ code: code.trim().toUpperCase() }), [code]);
  const { submit, submitting, fieldErrors } = useSubmit(send);

  const onRedeem = async () => {
    const me = await submit();
    if (!me) return;
    setMe(me);
    toastOk('已加入工作站');
    await Taro.navigateBack().catch(() => undefined);
  };

  return (
    <View className="account-form">
      <Text className="account-form__intro">
        请输入站长或管理员发放的邀请码。邀请码仅能使用一次，过期后需重新发放。
      </Text>
      <TextField
        name="code"
        label="邀请码"
        value={code}
        onChange={setCode}
        error={fieldErrors.code}
        maxLength={16}
        placeholder="8位邀请码"
        required
      />
      <View className="account-form__actions">
        <Button
          type="primary"
          block
          loading={submitting}
          disabled={code.trim().length < 6}
          onClick={() => void onRedeem()}
        >
          加入
        </Button>
      </View>
    </View>
  );
}
