/**
 * A list's search: a keyword box and 搜索. The list is searched with the trimmed keyword when 搜索
 * is tapped, not on every keystroke (each search is a query on the server).
 */
import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { TextField } from './FormField';
import './SearchBar.scss';

export interface SearchBarProps {
  label: string;
  placeholder: string;
  onSearch: (keyword: string) => void;
  maxLength?: number;
  /** What the box starts with (a keyword the page was opened with). */
  initial?: string;
}

export function SearchBar({ label, placeholder, onSearch, maxLength = 50, initial = '' }: SearchBarProps) {
  const [typed, setTyped] = useState(initial);
  return (
    <View className="search-bar">
      <View className="search-bar__field">
        <TextField
          name="keyword"
          label={label}
          value={typed}
          onChange={setTyped}
          placeholder={placeholder}
          maxLength={maxLength}
        />
      </View>
      <View className="search-bar__button">
        <Button size="small" type="primary" onClick={() => onSearch(typed.trim())}>
          搜索
        </Button>
      </View>
    </View>
  );
}
