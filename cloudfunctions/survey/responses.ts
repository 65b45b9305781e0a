/**
 * Questionnaires and responses in the store. One response per person per target, settled by the
 * database: its id is `<targetKind>:<targetId>:<userId>`, which both CloudBase and SQLite refuse
 * to insert twice. A second submission becomes a change of the one response, by a CONDITIONAL
 * update that matches only while the response is less than 24 h old — the check and the change
 * are one atomic step, so no change slips in after the window closes.
 */
import type { Questionnaire, SurveyResponse } from '../../core/contract/survey';
import { AppError, isAppError } from '../../core/errors';
import type { Store } from '../../core/ports';
import {
  RESPONSE_LOCKED_MESSAGE,
  SURVEY_EDIT_WINDOW_MS,
  responseEditableUntil,
  responseLocked,
  type Answers,
  type SurveyTargetKind,
} from '../../core/rules/survey';
import type { QuestionnaireDoc, SurveyResponseDoc } from '../../core/store/docs';

/** A response as stored: how many times it was changed after it was first submitted. */
export type StoredResponse = SurveyResponseDoc & { edits?: number };

export const responseId = (targetKind: string, targetId: string, userId: string) =>
  `${targetKind}:${targetId}:${userId}`;

export function questionnaireView(d: QuestionnaireDoc): Questionnaire {
  return {
    id: d._id,
    title: d.title,
    stationId: d.stationId ?? null,
    isDefault: !!d.isDefault,
    questions: d.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      title: q.title,
      ...(q.options ? { options: q.options } : {}),
      required: !!q.required,
    })),
    createdAt: d.createdAt,
  };
}

export async function loadQuestionnaire(store: Store, questionnaireId: string): Promise<QuestionnaireDoc> {
  const doc = await store.get<QuestionnaireDoc>('questionnaires', questionnaireId);
  if (!doc) throw new AppError('NOT_FOUND', '问卷不存在或已被删除，请联系工作站');
  return doc;
}

export function responseView(d: StoredResponse, now: number): SurveyResponse {
  return {
    id: d._id,
    targetKind: d.targetKind as SurveyTargetKind,
    targetId: d.targetId,
    questionnaireId: d.questionnaireId,
    answers: d.answers,
    submittedAt: d.submittedAt,
    updatedAt: d.updatedAt,
    edited: (d.edits ?? 0) > 0,
    editableUntil: responseEditableUntil(d.submittedAt),
    locked: responseLocked(d.submittedAt, now),
  };
}

/** INVALID_INPUT naming each question that needs attention (`fields["answers.<id>"]`). */
export function invalidAnswers(errors: Record<string, string>): AppError {
  const fields = Object.fromEntries(Object.entries(errors).map(([id, message]) => [`answers.${id}`, message]));
  const messages = Object.values(fields);
  const more = messages.length > 1 ? `（另有 ${messages.length - 1} 处需修改）` : '';
  return new AppError('INVALID_INPUT', `${messages[0]}${more}`, fields);
}

export interface ResponseToSave {
  targetKind: SurveyTargetKind;
  targetId: string;
  stationId: string;
  questionnaireId: string;
  userId: string;
  answers: Answers;
  /** The submission (writer + client request id): its replay is answered, not counted as an edit. */
  requestKey: string;
}

/**
 * Submits the person's answers: inserts the response the first time; later (the insert is
 * refused) changes it while it is editable, else CONFLICT. Returns the response as stored now.
 */
export async function saveResponse(store: Store, r: ResponseToSave, now: number): Promise<StoredResponse> {
  const id = responseId(r.targetKind, r.targetId, r.userId);
  const doc: StoredResponse = { _id: id, ...r, submittedAt: now, updatedAt: now, edits: 0 };
  try {
    await store.insert<StoredResponse>('survey_responses', doc);
    return doc;
  } catch (e) {
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
  }
  const existing = await store.get<StoredResponse>('survey_responses', id);
  if (existing?.requestKey === r.requestKey) return existing; // this very submission, replayed
  const changed = await store.update(
    'survey_responses',
    { _id: id, submittedAt: { $gt: now - SURVEY_EDIT_WINDOW_MS } },
    {
      set: { answers: r.answers, questionnaireId: r.questionnaireId, updatedAt: now, requestKey: r.requestKey },
      inc: { edits: 1 },
    },
  );
  if (changed === 0) throw new AppError('CONFLICT', RESPONSE_LOCKED_MESSAGE);
  const saved = await store.get<StoredResponse>('survey_responses', id);
  if (!saved) throw new Error(`survey_responses ${id} vanished after its update`);
  return saved;
}
