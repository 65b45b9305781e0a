/**
 * One item of the station's self-evaluation as it is filled in: 自评分 (0 to the item's maximum;
 * an auto-filled item offers its suggested score), 说明, the 佐证材料 uploaded as picked, and for an
 * item filled in from the records an optional 修改数值 — whose 修改理由 is then required.
 */
import { Text, View } from '@tarojs/components';
import type { StationEvaluation } from '@core/contract';
import { EVAL_NOTE_MAX, type IndicatorItem } from '@core/rules/evaluation';
import { AttachmentPicker } from '@/components/AttachmentPicker';
import { TextField } from '@/components/FormField';
import { answerPath, figureChanged, type AnswerDraft } from '../lib/self-form';
import type { SelfEvaluation } from '../lib/useSelfEvaluation';

/** Evidence of one item: at most what the contract takes (attachmentIds('佐证材料', 20)). */
const EVIDENCE_MAX = 20;

interface Props {
  ev: StationEvaluation;
  item: IndicatorItem;
  form: SelfEvaluation;
}

export function SelfAnswerFields({ ev, item, form }: Props) {
  const a = form.draft[item.id]!;
  const auto = ev.answers[item.id]?.auto;
  const field = <K extends Exclude<keyof AnswerDraft, 'attachments'>>(key: K) => ({
    name: answerPath(item.id, key),
    value: a[key],
    onChange: (v: string) => form.edit(item.id, key, v),
    error: form.errors[answerPath(item.id, key)],
  });
  return (
    <View className="eval-item__fields">
      <TextField {...field('selfScore')} label="自评分" type="digit" placeholder={`0–${item.maxScore} 分`} required />
      {auto?.suggested != null && a.selfScore !== String(auto.suggested) ? (
        <Text
          className="eval-form__link eval-item__adopt"
          onClick={() => form.edit(item.id, 'selfScore', String(auto.suggested))}
        >
          采用建议得分 {auto.suggested}
        </Text>
      ) : null}
      {auto ? (
        <>
          <TextField
            {...field('value')}
            label="修改数值"
            type="digit"
            placeholder={auto.value === null ? '选填：填报实际数值' : `选填：系统取数 ${auto.value}`}
          />
          {figureChanged(ev, item, a) ? (
            <TextField
              {...field('justification')}
              label="修改理由"
              placeholder="说明与系统取数不一致的原因，评审专家将看到"
              maxLength={EVAL_NOTE_MAX}
              multiline
              required
            />
          ) : null}
        </>
      ) : null}
      <TextField {...field('note')} label="说明" placeholder="选填：自评说明" maxLength={EVAL_NOTE_MAX} multiline />
      {item.evidence ? (
        <AttachmentPicker
          value={a.attachments}
          onChange={(v) => form.edit(item.id, 'attachments', v)}
          purpose="evaluation"
          max={EVIDENCE_MAX}
          label="佐证材料"
          name={answerPath(item.id, 'attachments')}
          onBusyChange={(b) => form.setItemUploading(item.id, b)}
          error={form.errors[answerPath(item.id, 'attachments')]}
        />
      ) : null}
    </View>
  );
}
