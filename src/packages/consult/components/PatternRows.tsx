/**
 * The rows of the availability editor: one weekly rule (days, hours, slot length, channel,
 * location) and one date exception (a day off, or extra hours on a date). Each shows the
 * messages of its own fields under them, and any other message about the row at its foot.
 */
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ChoiceField, PickerField, TextField } from '@/components/FormField';
import {
  EXCEPTION_KINDS,
  SLOT_LENGTHS,
  errorAt,
  rowErrors,
  type ExceptionDraft,
  type RuleDraft,
} from '../lib/availability-form';
import { CHANNELS, channelLabel, type Channel } from '../lib/labels';
import { WeekdayChips } from './WeekdayChips';
import './PatternRows.scss';
import { EXCEPTION_NOTE_MAX, PLACE_MAX } from '@core/rules/consult-limits';

const CHANNEL_OPTIONS = CHANNELS.map((value) => ({ value, label: channelLabel(value) }));
const lengthOptions = (current: number) =>
  [...new Set([...SLOT_LENGTHS, current])].sort((a, b) => a - b).map((m) => ({ value: String(m), label: `${m}分钟` }));

const RULE_FIELDS = ['weekdays', 'start', 'end', 'slotMinutes', 'channel', 'location'];
const EXCEPTION_FIELDS = ['kind', 'date', 'note', 'start', 'end', 'slotMinutes', 'channel', 'location'];

interface Hours {
  start: string;
  end: string;
  slotMinutes: number;
  channel: Channel;
  location: string;
}

/** Start, end, slot length, channel and location: shared by weekly rules and extra hours. */
function HoursFields({
  path,
  value,
  errors,
  onChange,
}: {
  path: string;
  value: Hours;
  errors: Record<string, string>;
  onChange: (patch: Partial<Hours>) => void;
}) {
  return (
    <>
      <PickerField
        name={`${path}.start`}
        label="开始时间"
        mode="time"
        value={value.start}
        onChange={(start) => onChange({ start })}
        error={errorAt(errors, `${path}.start`)}
        required
      />
      <PickerField
        name={`${path}.end`}
        label="结束时间"
        mode="time"
        value={value.end}
        onChange={(end) => onChange({ end })}
        error={errorAt(errors, `${path}.end`)}
        required
      />
      <ChoiceField
        name={`${path}.slotMinutes`}
        label="每段时长"
        value={String(value.slotMinutes)}
        options={lengthOptions(value.slotMinutes)}
        onChange={(m) => onChange({ slotMinutes: Number(m) })}
        error={errorAt(errors, `${path}.slotMinutes`)}
        required
      />
      <ChoiceField
        name={`${path}.channel`}
        label="咨询方式"
        value={value.channel}
        options={CHANNEL_OPTIONS}
        onChange={(channel) => onChange({ channel })}
        error={errorAt(errors, `${path}.channel`)}
        required
      />
      <TextField
        name={`${path}.location`}
        label="地点"
        value={value.location}
        onChange={(location) => onChange({ location })}
        error={errorAt(errors, `${path}.location`)}
        placeholder={value.channel === 'onsite' ? '如：二层咨询室' : '选填，如电话号码或会议说明'}
        maxLength={PLACE_MAX}
      />
    </>
  );
}

function RowFrame({
  title,
  testId,
  index,
  onRemove,
  messages,
  children,
}: {
  title: string;
  testId: string;
  index: number;
  onRemove: () => void;
  messages: string[];
  children: ReactNode;
}) {
  return (
    <View className="pattern-row" data-testid={testId} data-index={String(index)}>
      <View className="pattern-row__head">
        <Text className="pattern-row__title">{title}</Text>
        <Button size="small" fill="none" type="danger" onClick={onRemove}>
          删除
        </Button>
      </View>
      {children}
      {messages.map((m) => (
        <Text key={m} className="pattern-row__error" data-testid="row-error">
          {m}
        </Text>
      ))}
    </View>
  );
}

export interface RuleRowProps {
  index: number;
  rule: RuleDraft;
  errors: Record<string, string>;
  onChange: (patch: Partial<RuleDraft>) => void;
  onRemove: () => void;
}

export function RuleRow({ index, rule, errors, onChange, onRemove }: RuleRowProps) {
  const path = `rules.${index}`;
  const weekdaysError = errorAt(errors, `${path}.weekdays`);
  return (
    <RowFrame
      title={`每周安排 ${index + 1}`}
      testId="rule-row"
      index={index}
      onRemove={onRemove}
      messages={rowErrors(errors, path, RULE_FIELDS)}
    >
      <View className="pattern-row__days" data-field={`${path}.weekdays`}>
        <Text className="pattern-row__label">星期</Text>
        <WeekdayChips value={rule.weekdays} onChange={(weekdays) => onChange({ weekdays })} />
        {weekdaysError ? (
          <Text className="pattern-row__error" data-testid={`error-${path}.weekdays`}>
            {weekdaysError}
          </Text>
        ) : null}
      </View>
      <HoursFields path={path} value={rule} errors={errors} onChange={onChange} />
    </RowFrame>
  );
}

export interface ExceptionRowProps {
  index: number;
  exception: ExceptionDraft;
  errors: Record<string, string>;
  /** Earliest date offered (today). */
  today: string;
  onChange: (patch: Partial<ExceptionDraft>) => void;
  onRemove: () => void;
}

export function ExceptionRow({ index, exception: e, errors, today, onChange, onRemove }: ExceptionRowProps) {
  const path = `exceptions.${index}`;
  return (
    <RowFrame
      title={`例外日期 ${index + 1}`}
      testId="exception-row"
      index={index}
      onRemove={onRemove}
      messages={rowErrors(errors, path, EXCEPTION_FIELDS)}
    >
      <View className="pattern-row__kinds">
        {EXCEPTION_KINDS.map((k) => (
          <Text
            key={k.value}
            className={`pattern-row__kind${e.kind === k.value ? ' pattern-row__kind--on' : ''}`}
            data-testid="exception-kind"
            data-value={k.value}
            onClick={() => onChange({ kind: k.value })}
          >
            {k.label}
          </Text>
        ))}
      </View>
      <PickerField
        name={`${path}.date`}
        label="日期"
        mode="date"
        value={e.date}
        start={today}
        onChange={(date) => onChange({ date })}
        error={errorAt(errors, `${path}.date`)}
        required
      />
      {e.kind === 'extra' ? <HoursFields path={path} value={e} errors={errors} onChange={onChange} /> : null}
      <TextField
        name={`${path}.note`}
        label="说明"
        value={e.note}
        onChange={(note) => onChange({ note })}
        error={errorAt(errors, `${path}.note`)}
        placeholder={e.kind === 'off' ? '选填，如：年假、外出培训' : '选填'}
        maxLength={EXCEPTION_NOTE_MAX}
      />
    </RowFrame>
  );
}
