/**
 * 指派 / 转介机构: the station picks one of the people the server suggests (best match and
 * lightest load first: 专长匹配, 行业匹配, 在办 N 件; someone who paused taking requests is shown
 * greyed with until when, and cannot be picked), or names an outside professional agency and how
 * to reach it; a note goes with either. The assignee must answer within two days.
 */
import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { AssigneeCandidate } from '@core/contract/request';
import { AGENCY_CONTACT_MAX, AGENCY_NAME_MAX, REQUEST_NOTE_MAX } from '@core/rules/request-flow';
import { ChipRow, type Chip } from '@/components/ChipRow';
import { TextField } from '@/components/FormField';
import { ListStatus } from '@/components/ListStatus';
import { bindValues } from '@/hooks/useFieldBinder';
import type { AssignDraft, AssignMode } from '../lib/assignment';
import './StepPanels.scss';
import './AssignPanel.scss';

export interface Suggestions {
  items: AssigneeCandidate[];
  loading: boolean;
  error: string | null;
  onRetry: () => void;
}

interface AssignPanelProps {
  suggestions: Suggestions;
  /** Which of the two the server offers now (steps 'assign' and 'refer'). */
  modes: AssignMode[];
  draft: AssignDraft;
  onDraft: (d: AssignDraft) => void;
  busy: boolean;
  errors: Record<string, string>;
  onConfirm: () => void;
  onClose: () => void;
}

const MODE_CHIPS: Chip<AssignMode>[] = [
  { value: 'person', label: '专家 / 联络员' },
  { value: 'agency', label: '外部专业机构' },
];
const KIND_LABEL = { expert: '专家', liaison: '联络员' } as const;

function CandidateRow({ c, picked, onPick }: { c: AssigneeCandidate; picked: boolean; onPick: () => void }) {
  const paused = !!c.unavailableUntil;
  return (
    <View
      className={`assign-candidate${picked ? ' assign-candidate--picked' : ''}${paused ? ' assign-candidate--paused' : ''}`}
      data-testid="candidate"
      data-id={c.userId}
      data-picked={picked ? 'true' : 'false'}
      onClick={() => {
        if (!paused) onPick();
      }}
    >
      <View className="assign-candidate__head">
        <Text className="assign-candidate__name">{c.name}</Text>
        <Text className="assign-candidate__kind">{KIND_LABEL[c.kind]}</Text>
        {c.matchesCategory ? (
          <Tag type="success" plain>
            专长匹配
          </Tag>
        ) : null}
        {c.matchesIndustry ? (
          <Tag type="info" plain>
            行业匹配
          </Tag>
        ) : null}
      </View>
      <Text className="assign-candidate__line">
        {c.organisation ? `${c.organisation} · ` : ''}在办 {c.openCount} 件
        {paused ? ` · 暂停接单至 ${c.unavailableUntil}` : ''}
      </Text>
    </View>
  );
}

export function AssignPanel(p: AssignPanelProps) {
  const { draft, suggestions: s } = p;
  const set = <K extends keyof AssignDraft>(key: K, value: AssignDraft[K]) => p.onDraft({ ...draft, [key]: value });
  const bind = bindValues(draft, set, p.errors);
  const chips = MODE_CHIPS.filter((c) => p.modes.includes(c.value as AssignMode));
  return (
    <View className="step-panel" data-testid="assign-panel">
      <Text className="step-panel__title">{draft.mode === 'agency' ? '转介外部专业机构' : '指派'}</Text>
      {chips.length > 1 ? (
        <ChipRow chips={chips} value={draft.mode} onChange={(m) => m && set('mode', m)} testId="assign-mode" />
      ) : null}
      {draft.mode === 'person' ? (
        <View className="assign-panel__candidates" data-field="assignee.userId">
          {s.items.map((c) => (
            <CandidateRow
              key={c.userId}
              c={c}
              picked={draft.candidate?.userId === c.userId}
              onPick={() => set('candidate', { kind: c.kind, userId: c.userId, name: c.name })}
            />
          ))}
          <ListStatus
            loading={s.loading}
            error={s.error}
            empty={!s.loading && s.items.length === 0}
            emptyText="暂无可指派的专家或联络员，可转介外部专业机构"
            onRetry={s.onRetry}
          />
          {p.errors['assignee.userId'] ? (
            <Text className="assign-panel__error" data-testid="error-assignee.userId">
              {p.errors['assignee.userId']}
            </Text>
          ) : null}
        </View>
      ) : (
        <>
          <TextField {...bind('agencyName', 'assignee.name')} label="机构名称" maxLength={AGENCY_NAME_MAX} required />
          <TextField
            {...bind('agencyContact', 'assignee.contact')}
            label="机构联系方式"
            placeholder="联系人及电话"
            maxLength={AGENCY_CONTACT_MAX}
            required
          />
        </>
      )}
      <TextField
        {...bind('note')}
        label="指派说明"
        placeholder="需要对方了解的情况（选填）"
        maxLength={REQUEST_NOTE_MAX}
        multiline
      />
      <View className="step-panel__buttons">
        <Button fill="outline" onClick={p.onClose}>
          取消
        </Button>
        <Button type="primary" loading={p.busy} onClick={p.onConfirm}>
          {draft.mode === 'agency' ? '确认转介' : '确认指派'}
        </Button>
      </View>
    </View>
  );
}
