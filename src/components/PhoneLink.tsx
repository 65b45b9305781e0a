/** A phone number that dials when tapped (Taro.makePhoneCall; on H5 a tel: link). */
import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';

export function PhoneLink({ phone, label }: { phone: string; label?: string }) {
  const dial = () => {
    Taro.makePhoneCall({ phoneNumber: phone.replace(/-/g, '') }).catch(() => undefined);
  };
  return (
    <Text className="phone-link" onClick={dial} data-phone={phone} style={{ color: '#1a6fd6' }}>
      {label ? `${label} ` : ''}
      {phone}
    </Text>
  );
}
