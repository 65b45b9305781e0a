/**
 * The three sections of 登记走访 (who was visited, what was found, what was recorded on site),
 * each bound to the editor's draft through the one field binder: the editor keeps the draft,
 * its storage and the submit; the sections only show and change fields.
 */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { addDays } from '@core/rules/time';
import { CompanyPicker } from '@/containers/CompanyPicker';
import { ChoiceField, InternalNoteField, PickerField, TextField } from '@/components/FormField';
import { ToggleChips } from '@/components/ToggleChips';
import type { FieldBinder } from '@/hooks/useFieldBinder';
import { toastInfo } from '@/lib/feedback';
import { HoldingsFields } from '@/packages/visit/components/HoldingsFields';
import { NeedRows } from '@/packages/visit/components/NeedRows';
import { PhotoField } from '@/packages/visit/components/PhotoField';
import { CATEGORIES, FORMS } from '@/packages/visit/lib/labels';
import {
  FINDINGS_MAX,
  MET_MAX,
  SHARED_SUMMARY_MAX,
  VISIT_NOTE_MAX,
  type VisitDraft,
} from '@/packages/visit/lib/visit-form';

interface SectionProps {
  form: FieldBinder<VisitDraft>;
  /** Today in Shanghai ("YYYY-MM-DD"). */
  today: string;
}

/** 走访对象: the company, when, how and who. */
export function VisitWhoSection({ form, today, stationId }: SectionProps & { stationId: string }) {
  const { values: draft, errors, set, bind } = form;
  return (
    <>
      <Text className="visit-edit__section">走访对象</Text>
      <CompanyPicker
        stationId={stationId}
        selected={draft.company}
        onSelect={(c) => set('company', c)}
        error={errors.companyId}
      />
      <PickerField
        {...bind('date', 'visitedAt')}
        name="visitedAt"
        label="走访日期"
        mode="date"
        end={addDays(today, 1)}
        required
      />
      <PickerField {...bind('time')} name="visitTime" label="走访时间" mode="time" error={undefined} required />
      <ChoiceField {...bind('form')} label="走访形式" options={FORMS} required />
      <TextField {...bind('visitors')} label="走访人员" placeholder="多人用顿号分隔" maxLength={120} required />
      <TextField
        {...bind('met')}
        label="受访人员"
        placeholder="姓名及职务，如：陈总（总经理）"
        maxLength={MET_MAX}
        required
      />
    </>
  );
}

/** 走访内容 and the needs found, each of which becomes a service request. */
export function VisitContentSection({ form }: Pick<SectionProps, 'form'>) {
  const { values: draft, errors, set, bind } = form;
  return (
    <>
      <Text className="visit-edit__section">走访内容</Text>
      <ToggleChips {...bind('topics')} label="走访主题" options={CATEGORIES} testId="topic" required stacked />
      <TextField
        {...bind('findings')}
        label="走访发现"
        placeholder="了解到的情况、问题（仅工作站可见）"
        maxLength={FINDINGS_MAX}
        multiline
        required
      />
      <TextField
        {...bind('sharedSummary')}
        label="走访小结"
        placeholder="企业可以看到的走访内容与建议"
        maxLength={SHARED_SUMMARY_MAX}
        multiline
        required
      />
      <InternalNoteField {...bind('internalNote')} maxLength={VISIT_NOTE_MAX} />

      <Text className="visit-edit__section">发现的需求（每条生成一条服务需求）</Text>
      <NeedRows needs={draft.needs} onChange={(v) => set('needs', v, ['needs'])} errors={errors} />
    </>
  );
}

/** 现场记录: holdings seen, photos, where, and the next follow-up. */
export function VisitRecordSection({ form, today }: SectionProps) {
  const { values: draft, errors, set, bind } = form;

  const locate = async () => {
    try {
      const at = await Taro.getLocation({ type: 'gcj02' });
      set('location', { latitude: at.latitude, longitude: at.longitude });
    } catch {
      toastInfo('无法获取位置，请检查定位权限');
    }
  };

  return (
    <>
      <Text className="visit-edit__section">现场记录</Text>
      <HoldingsFields
        value={draft.holdings}
        onChange={(kind, figure) => set('holdings', { ...draft.holdings, [kind]: figure }, [`holdings.${kind}`])}
        errors={errors}
      />
      <PhotoField photos={draft.photos} onChange={(v) => set('photos', v)} error={errors.photos} />
      <View className="visit-edit__row" data-field="location">
        <Text className="visit-edit__row-label">走访地点</Text>
        {draft.location ? (
          <>
            <Text className="visit-edit__row-value" data-testid="location">
              已记录（{draft.location.latitude.toFixed(4)}, {draft.location.longitude.toFixed(4)}）
            </Text>
            <Text className="visit-edit__link" onClick={() => set('location', null)}>
              清除
            </Text>
          </>
        ) : (
          <Text className="visit-edit__link" data-testid="locate" onClick={() => void locate()}>
            记录当前位置
          </Text>
        )}
      </View>
      <PickerField
        {...bind('nextFollowUpDate')}
        label="下次回访"
        mode="date"
        start={draft.date || today}
        placeholder="选择日期（选填）"
      />
      {draft.nextFollowUpDate ? (
        <Text className="visit-edit__clear" onClick={() => set('nextFollowUpDate', '')}>
          不安排回访
        </Text>
      ) : null}
    </>
  );
}
