/**
 * A one-line search box: a plain input and 搜索. The words are handed over (trimmed) when 搜索 is
 * tapped or the keyboard's search key pressed, not on every keystroke. Plain Taro `Input`, not
 * NutUI's: 首页 carries it in the main package, which must stay small.
 */
import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import './SearchBox.scss';

export interface SearchBoxProps {
  onSearch: (words: string) => void;
  placeholder?: string;
  /** What the box starts with (the words the page was opened with). */
  initial?: string;
  maxLength?: number;
}

export function SearchBox({
  onSearch,
  placeholder = '搜索政策、服务站点、服务事项',
  initial = '',
  maxLength,
}: SearchBoxProps) {
  const [typed, setTyped] = useState(initial);
  const submit = () => onSearch(typed.trim());
  return (
    <View className="search-box" data-testid="search-box">
      <Input
        className="search-box__input"
        value={typed}
        placeholder={placeholder}
        confirmType="search"
        maxlength={maxLength ?? 140}
        onInput={(e) => setTyped(e.detail.value)}
        onConfirm={submit}
      />
      <Text className="search-box__go" data-testid="search-go" onClick={submit}>
        搜索
      </Text>
    </View>
  );
}
