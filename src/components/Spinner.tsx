/**
 * A turning ring and a grey line of text in NutUI Loading's look, drawn with Views: what lists
 * and the session states show while they load, in the main package (NutUI's Loading would bring
 * its icon library along).
 */
import { Text, View } from '@tarojs/components';
import './Spinner.scss';

export function Spinner({ text }: { text: string }) {
  return (
    <View className="spinner">
      <View className="spinner__ring" />
      <Text className="spinner__text">{text}</Text>
    </View>
  );
}
