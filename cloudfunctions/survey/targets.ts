/**
 * What a questionnaire can be about, pluggable: per target kind, how to load a target (its
 * station, title, times and questionnaire), who may respond and when, and who was asked.
 * A training is the first; consultations and service requests are added here later (one entry
 * each, plus the kind in SURVEY_TARGET_KINDS) without touching the actions.
 */
import type { SurveyTarget } from '../../core/contract/survey';
import { AppError } from '../../core/errors';
import type { Store } from '../../core/ports';
import { DEFAULT_TRAINING_QUESTIONNAIRE_ID, type SurveyTargetKind } from '../../core/rules/survey';
import { checkinId } from '../../core/rules/training';
import type { CheckinDoc } from '../../core/store/docs';
import { loadSession } from '../_shared/training-sessions';

export interface LoadedTarget {
  view: SurveyTarget;
  questionnaireId: string;
  /** Why nobody responds to it any more (a cancelled training), if so. */
  closed?: string;
}

export interface TargetKindSpec {
  /** The target, or NOT_FOUND. */
  load(store: Store, targetId: string): Promise<LoadedTarget>;
  /** Why `userId` may not respond now (FORBIDDEN: not theirs to rate; CONFLICT: not now), or null. */
  refusal(store: Store, target: LoadedTarget, userId: string, now: number): Promise<AppError | null>;
  /** How many were asked to respond, when the target knows (a training: everyone checked in). */
  invited(store: Store, target: LoadedTarget): Promise<number | null>;
}

const training: TargetKindSpec = {
  async load(store, targetId) {
    const s = await loadSession(store, targetId);
    return {
      view: {
        kind: 'training',
        id: s._id,
        title: s.title,
        stationId: s.stationId,
        stationName: s.stationName,
        startAt: s.startAt,
        endAt: s.endAt,
      },
      questionnaireId: s.questionnaireId || DEFAULT_TRAINING_QUESTIONNAIRE_ID,
      ...(s.status === 'cancelled' ? { closed: '培训已取消，无需填写问卷' } : {}),
    };
  },
  async refusal(store, target, userId, now) {
    if (target.closed) return new AppError('CONFLICT', target.closed);
    // Only who was there rates it: a check-in of this very person (by id, not by a search).
    const checkin = await store.get<CheckinDoc>('checkins', checkinId(target.view.id, userId));
    if (!checkin || checkin.userId !== userId) {
      return new AppError('FORBIDDEN', '只有签到参加本场培训的人员才能填写问卷');
    }
    if (now < (target.view.startAt ?? 0)) return new AppError('CONFLICT', '培训开始后才能填写问卷');
    return null;
  },
  invited: (store, target) => store.count('checkins', { sessionId: target.view.id }),
};

export const SURVEY_TARGETS: Record<SurveyTargetKind, TargetKindSpec> = { training };
