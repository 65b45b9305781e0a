/**
 * 专家行为承诺 (004 §8.2, §8.4): the text the expert accepts and the box they tick; the profile is
 * not sent until it is ticked. When they last accepted it shows under it.
 */
import { Text, View } from '@tarojs/components';
import { EXPERT_COMMITMENT } from '@core/rules/expert-roster';

interface CommitmentBoxProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
  acceptedAt?: string;
}

export function CommitmentBox({ checked, onChange, error, acceptedAt }: CommitmentBoxProps) {
  return (
    <View className={`expert-commitment${error ? ' expert-commitment--error' : ''}`} data-field="acceptCommitment">
      <Text className="expert-commitment__title">志愿服务专家行为承诺</Text>
      {EXPERT_COMMITMENT.map((line, i) => (
        <Text key={i} className="expert-commitment__line">
          {i + 1}. {line}
        </Text>
      ))}
      <View
        className="expert-commitment__tick"
        data-testid="commitment"
        data-checked={checked ? 'true' : 'false'}
        onClick={() => onChange(!checked)}
      >
        <View className={`expert-commitment__box${checked ? ' expert-commitment__box--on' : ''}`}>
          {checked ? '✓' : ''}
        </View>
        <Text>我已阅读并承诺遵守以上要求</Text>
      </View>
      {acceptedAt ? <Text className="expert-commitment__note">上次承诺时间：{acceptedAt}</Text> : null}
      {error ? (
        <Text className="expert-commitment__error" data-testid="error-acceptCommitment">
          {error}
        </Text>
      ) : null}
    </View>
  );
}
