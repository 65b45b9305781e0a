/**
 * The rating of one service — a consultation on its record page, a service request on its
 * detail page. The company's staff rate it (1–5 stars, quick tags, a comment) and may change it
 * for 24 h after it was first given; after that it shows as 已锁定. Station staff see the
 * company's rating (or that there is none yet) and can never change it — the server decides who
 * may (`canRate`), the page only follows. `ServiceRatingPanel` receives the rating a page
 * loaded (useServiceRating) and saves through its source.
 */
import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import { TextField } from './FormField';
import { useSubmit } from '../hooks/useSubmit';
import type { RatingSource, ServiceRating, ShownRating } from '../hooks/useServiceRating';
import { toastInfo, toastOk } from '../lib/feedback';
import { stampOf } from '../lib/format';
import {
  RATING_COMMENT_MAX,
  RATING_TAGS,
  STAR_WORDS,
  editableText,
  isLowRating,
  ratingTagLabel,
  type RatingTag,
} from '../lib/ratings';
import { RatingStars } from './RatingStars';
import './RatingPanel.scss';

export type { RatingSource, ShownRating };

interface Draft {
  stars: number;
  tags: RatingTag[];
  comment: string;
}

const draftOf = (r: ShownRating | null): Draft => ({
  stars: r?.stars ?? 0,
  tags: r?.tags ?? [],
  comment: r?.comment ?? '',
});

function TagChips({ value, onToggle }: { value: RatingTag[]; onToggle: (tag: RatingTag) => void }) {
  return (
    <View className="rating-panel__chips">
      {RATING_TAGS.map((t) => {
        const active = value.includes(t.value);
        return (
          <View
            key={t.value}
            className={`rating-panel__chip${active ? ' rating-panel__chip--active' : ''}`}
            data-testid="rating-tag"
            data-value={t.value}
            data-active={active ? 'true' : 'false'}
            onClick={() => onToggle(t.value)}
          >
            {t.label}
          </View>
        );
      })}
    </View>
  );
}

interface FormProps {
  source: RatingSource;
  rating: ShownRating | null;
  onSaved: (rating: ShownRating) => void;
  onCancel?: () => void;
}

function RatingForm({ source, rating, onSaved, onCancel }: FormProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(rating));
  const [starsError, setStarsError] = useState('');
  const send = useCallback(
    () =>
      source.save({
        stars: draft.stars,
        // In the list's order, whatever order they were tapped in.
        tags: RATING_TAGS.map((t) => t.value).filter((t) => draft.tags.includes(t)),
        ...(draft.comment.trim() ? { comment: draft.comment.trim() } : {}),
      }),
    [source, draft],
  );
  const { submit, submitting, fieldErrors } = useSubmit(send);

  const onSubmit = async () => {
    if (draft.stars < 1) {
      setStarsError('评分：请点击星星选择评分');
      toastInfo('请点击星星选择评分');
      return;
    }
    const saved = await submit();
    if (!saved) return;
    toastOk(rating ? '评价已修改' : '评价已提交');
    onSaved(saved);
  };

  const starsMessage = starsError || fieldErrors.stars;
  return (
    <View className="rating-panel__form" data-testid="rating-form">
      <View className={`rating-panel__stars${starsMessage ? ' rating-panel__stars--error' : ''}`} data-field="stars">
        <RatingStars
          value={draft.stars}
          size="large"
          testId="rating-input"
          onChange={(stars) => {
            setDraft((d) => ({ ...d, stars }));
            setStarsError('');
          }}
        />
        <Text className="rating-panel__word" data-testid="rating-word">
          {STAR_WORDS[draft.stars] || '点击星星评分'}
        </Text>
      </View>
      {starsMessage ? (
        <Text className="rating-panel__error" data-testid="error-stars">
          {starsMessage}
        </Text>
      ) : null}
      <TagChips
        value={draft.tags}
        onToggle={(tag) =>
          setDraft((d) => ({ ...d, tags: d.tags.includes(tag) ? d.tags.filter((t) => t !== tag) : [...d.tags, tag] }))
        }
      />
      <TextField
        name="comment"
        label="评价内容"
        value={draft.comment}
        onChange={(comment) => setDraft((d) => ({ ...d, comment }))}
        error={fieldErrors.comment}
        placeholder="说说这次服务的收获或不足（选填）"
        maxLength={RATING_COMMENT_MAX}
        multiline
      />
      <View className="rating-panel__actions">
        <Button type="primary" block loading={submitting} onClick={() => void onSubmit()}>
          {rating ? '保存修改' : '提交评价'}
        </Button>
        {onCancel ? (
          <Button fill="outline" block onClick={onCancel}>
            取消
          </Button>
        ) : null}
      </View>
    </View>
  );
}

function RatingShown({ rating: r, asCompany }: { rating: ShownRating; asCompany: boolean }) {
  return (
    <View data-testid="rating-shown">
      <View className="rating-panel__stars">
        <RatingStars value={r.stars} size="large" />
        <Text className="rating-panel__word">{STAR_WORDS[r.stars]}</Text>
      </View>
      {r.tags.length ? (
        <View className="rating-panel__chips">
          {r.tags.map((t) => (
            <Text key={t} className="rating-panel__chip rating-panel__chip--shown">
              {ratingTagLabel(t)}
            </Text>
          ))}
        </View>
      ) : null}
      {r.comment ? (
        <Text className="rating-panel__comment" data-testid="rating-comment">
          {r.comment}
        </Text>
      ) : null}
      <Text className="rating-panel__meta" data-testid="rating-meta">
        {r.ratedByName} 于 {stampOf(r.ratedAt)} 评价{r.edited ? `，${stampOf(r.updatedAt)} 修改` : ''}
      </Text>
      {asCompany && isLowRating(r.stars) ? (
        <Text className="rating-panel__meta">感谢反馈，工作站站长会联系您了解情况</Text>
      ) : null}
    </View>
  );
}

export interface ServiceRatingPanelProps {
  /** Loaded by the page (useServiceRating). */
  rating: ServiceRating;
  /** The company's own page (the station's shows the rating read-only). */
  asCompany: boolean;
}

export function ServiceRatingPanel({ rating: state, asCompany }: ServiceRatingPanelProps) {
  const { source, loaded, rating } = state;
  const [editing, setEditing] = useState(false);
  if (!loaded.data) {
    if (!loaded.error) return null;
    return (
      <View className="rating-panel" data-testid="rating-panel">
        <Text className="rating-panel__meta">评价加载失败：{loaded.error}</Text>
        <Text className="rating-panel__link" onClick={() => void loaded.reload()}>
          重新加载
        </Text>
      </View>
    );
  }
  const canRate = loaded.data.canRate && !rating?.locked;
  const onSaved = (r: ShownRating) => {
    state.onSaved(r);
    setEditing(false);
  };

  return (
    <View className="rating-panel" data-testid="rating-panel">
      <View className="rating-panel__head">
        <Text className="rating-panel__title">{asCompany ? '我的评价' : '企业评价'}</Text>
        {rating?.locked ? (
          <View data-testid="rating-locked">
            <Tag type="default">已锁定</Tag>
          </View>
        ) : null}
      </View>
      {!rating && !canRate ? (
        <Text className="rating-panel__meta" data-testid="rating-none">
          企业尚未评价
        </Text>
      ) : null}
      {!rating && canRate ? (
        <>
          <Text className="rating-panel__meta">{source.prompt}</Text>
          <RatingForm source={source} rating={null} onSaved={onSaved} />
        </>
      ) : null}
      {rating && editing && canRate ? (
        <RatingForm source={source} rating={rating} onSaved={onSaved} onCancel={() => setEditing(false)} />
      ) : null}
      {rating && !(editing && canRate) ? (
        <>
          <RatingShown rating={rating} asCompany={asCompany} />
          {rating.locked ? (
            <Text className="rating-panel__meta" data-testid="rating-lock-note">
              评价已超过24小时，不能再修改
            </Text>
          ) : null}
          {canRate ? (
            <View className="rating-panel__edit">
              <Text className="rating-panel__meta" data-testid="rating-editable">
                {editableText(rating.editableUntil)}
              </Text>
              <Button size="small" fill="outline" type="primary" onClick={() => setEditing(true)}>
                修改评价
              </Button>
            </View>
          ) : null}
        </>
      ) : null}
    </View>
  );
}
