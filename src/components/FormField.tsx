/**
 * One labelled form row: a text input or a choice, with the server's (or the client's)
 * Chinese error message under it.
 */
import { Picker, Text, View } from '@tarojs/components';
import { Input, TextArea } from '@nutui/nutui-react-taro';
import type { ReactNode } from 'react';
import './FormField.scss';

interface RowProps {
  label: string;
  required?: boolean;
  error?: string;
  children: ReactNode;
  name: string;
}

function Row({ label, required, error, children, name }: RowProps) {
  return (
    <View className={`form-field${error ? ' form-field--error' : ''}`} data-field={name}>
      <Text className="form-field__label">
        {required ? <Text className="form-field__required">*</Text> : null}
        {label}
      </Text>
      <View className="form-field__control">{children}</View>
      {error ? (
        <Text className="form-field__error" data-testid={`error-${name}`}>
          {error}
        </Text>
      ) : null}
    </View>
  );
}

export interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  placeholder?: string;
  maxLength?: number;
  type?: 'text' | 'password' | 'number' | 'digit' | 'tel';
  multiline?: boolean;
}

export function TextField(p: TextFieldProps) {
  return (
    <Row label={p.label} required={p.required} error={p.error} name={p.name}>
      {p.multiline ? (
        <TextArea
          className="form-field__textarea"
          value={p.value}
          onChange={(v) => p.onChange(v)}
          placeholder={p.placeholder}
          maxLength={p.maxLength}
          showCount={!!p.maxLength}
          autoSize
        />
      ) : (
        <Input
          name={p.name}
          className="form-field__input"
          value={p.value}
          onChange={(v) => p.onChange(v)}
          placeholder={p.placeholder ?? `请输入${p.label}`}
          maxLength={p.maxLength}
          type={p.type ?? 'text'}
          clearable
        />
      )}
    </Row>
  );
}

export interface ChoiceFieldProps<V extends string> {
  name: string;
  label: string;
  value: V | '';
  options: Array<{ value: V; label: string }>;
  onChange: (value: V) => void;
  error?: string;
  required?: boolean;
  placeholder?: string;
}

export function ChoiceField<V extends string>(p: ChoiceFieldProps<V>) {
  const index = p.options.findIndex((o) => o.value === p.value);
  return (
    <Row label={p.label} required={p.required} error={p.error} name={p.name}>
      <Picker
        mode="selector"
        range={p.options.map((o) => o.label)}
        value={Math.max(index, 0)}
        onChange={(e) => {
          const chosen = p.options[Number(e.detail.value)];
          if (chosen) p.onChange(chosen.value);
        }}
      >
        <View className="form-field__choice" data-testid={`choice-${p.name}`}>
          {index >= 0 ? (
            p.options[index]!.label
          ) : (
            <Text className="form-field__placeholder">{p.placeholder ?? `请选择${p.label}`}</Text>
          )}
        </View>
      </Picker>
    </Row>
  );
}

/** 内部备注: a note only station staff see, never the company (records, visits). */
export function InternalNoteField(p: Omit<TextFieldProps, 'label' | 'placeholder' | 'multiline'>) {
  return <TextField {...p} label="内部备注" placeholder="仅工作站人员可见，企业看不到" multiline />;
}

/** Enum values with Chinese labels → picker options. */
export function optionsOf<V extends string>(e: { values: readonly V[]; labels: Record<V, string> }) {
  return e.values.map((value) => ({ value, label: e.labels[value] }));
}

export interface PickerFieldProps {
  name: string;
  label: string;
  /** 'time': "HH:mm"; 'date': "YYYY-MM-DD". */
  mode: 'time' | 'date';
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  placeholder?: string;
  /** Earliest and latest choosable value, in the same format. */
  start?: string;
  end?: string;
}

/** A time or date chosen with the platform's own picker. */
export function PickerField(p: PickerFieldProps) {
  const shown = (
    <View className="form-field__choice" data-testid={`choice-${p.name}`}>
      {p.value || <Text className="form-field__placeholder">{p.placeholder ?? `请选择${p.label}`}</Text>}
    </View>
  );
  const onChange = (e: { detail: { value: string | number } }) => p.onChange(String(e.detail.value));
  return (
    <Row label={p.label} required={p.required} error={p.error} name={p.name}>
      {p.mode === 'time' ? (
        <Picker mode="time" value={p.value} start={p.start} end={p.end} onChange={onChange}>
          {shown}
        </Picker>
      ) : (
        <Picker mode="date" value={p.value} start={p.start} end={p.end} onChange={onChange}>
          {shown}
        </Picker>
      )}
    </Row>
  );
}
