/**
 * Questionnaires (问卷) and their answers: shared by the contract, the survey function and the
 * pages (zod-free). A questionnaire is a list of questions of four kinds — a 1–5 rating, one
 * choice, several choices, free text — each required or not. It is reused across targets
 * (trainings now; consultations and requests later): one response per person per target.
 */
import type { SurveyQuestion } from '../contract/survey';
import { ROUTES } from '../pages';
import { DAY_MS, HOUR_MS } from './time';

/** The questionnaire a training session uses unless its chief picks another. */
export const DEFAULT_TRAINING_QUESTIONNAIRE_ID = 'q-training-default';

/** What a questionnaire can be about. A new kind also needs its lookup in cloudfunctions/survey/targets.ts. */
export const SURVEY_TARGET_KINDS = ['training'] as const;
export type SurveyTargetKind = (typeof SURVEY_TARGET_KINDS)[number];

/** The page a respondent opens (the invitation's link), from the one page table. */
export const surveyLink = (targetKind: string, targetId: string) => ROUTES.survey(targetKind, targetId);

export const SURVEY_RATING_MIN = 1;
export const SURVEY_RATING_MAX = 5;
export const SURVEY_TEXT_MAX = 500;
export const QUESTION_TITLE_MAX = 60;
export const OPTION_MAX = 40;
export const OPTIONS_MIN = 2;
export const OPTIONS_MAX = 20;
export const QUESTIONS_MAX = 30;
/**
 * The question whose answers are the topics people want next (培训需求统计). The default
 * training questionnaire has it; a station's own questionnaire may mark one choice question so.
 */
export const WANTED_TOPICS_QUESTION_ID = 'topics';
/** Question ids are object keys in stored answers: a safe, short alphabet. */
export const QUESTION_ID_PATTERN = /^[a-z][a-z0-9_]{0,31}$/;

/** A response may be changed for this long after it was first submitted, then it is locked. */
export const SURVEY_EDIT_WINDOW_MS = 24 * HOUR_MS;
export const responseEditableUntil = (submittedAt: number) => submittedAt + SURVEY_EDIT_WINDOW_MS;
export const responseLocked = (submittedAt: number, now: number) => now >= responseEditableUntil(submittedAt);
export const RESPONSE_LOCKED_MESSAGE = '提交已超过24小时，不能再修改';
/**
 * Trainings ended within this long are looked at by the invitation job: long enough to outlast
 * a stopped timer for a day, short enough that a first run never writes about old trainings.
 */
export const SURVEY_INVITE_LOOKBACK_MS = 2 * DAY_MS;

/** One question of a questionnaire: the contract's shape (a type only, no zod here), stored as is. */
export type Question = SurveyQuestion;

export type Answer = number | string | string[];
export type Answers = Record<string, Answer>;

/** No answer given: absent, an empty text, no choice. A required question must not be left so. */
function isBlank(a: Answer | undefined): boolean {
  if (a === undefined) return true;
  if (typeof a === 'string') return a.trim() === '';
  if (Array.isArray(a)) return a.length === 0;
  return false;
}

/** Why one answer is not acceptable for its question (null: it is). */
function answerError(q: Question, a: Answer): string | null {
  const options = q.options ?? [];
  switch (q.kind) {
    case 'rating':
      return typeof a === 'number' && Number.isInteger(a) && a >= SURVEY_RATING_MIN && a <= SURVEY_RATING_MAX
        ? null
        : `请选择 ${SURVEY_RATING_MIN}–${SURVEY_RATING_MAX} 星`;
    case 'single':
      return typeof a === 'string' && options.includes(a) ? null : '请从给出的选项中选择一项';
    case 'multiple':
      if (!Array.isArray(a) || a.some((v) => typeof v !== 'string' || !options.includes(v)))
        return '请从给出的选项中选择';
      return new Set(a).size === a.length ? null : '选项不能重复';
    case 'text':
      if (typeof a !== 'string') return '请填写文字';
      return a.trim().length <= SURVEY_TEXT_MAX ? null : `不能超过 ${SURVEY_TEXT_MAX} 字`;
  }
}

export interface AnswerCheck {
  /** Question id → Chinese message naming the question ("总体满意度：此题为必答题"). */
  errors: Record<string, string>;
  /** The answers kept: trimmed texts, choices in the questionnaire's order, blanks left out. */
  answers: Answers;
}

/** Checks a set of answers against a questionnaire: every problem, per question, in Chinese. */
export function checkAnswers(questions: Question[], given: Answers): AnswerCheck {
  const errors: Record<string, string> = {};
  const answers: Answers = {};
  for (const q of questions) {
    const a = given[q.id];
    if (a === undefined || isBlank(a)) {
      if (q.required) errors[q.id] = `${q.title}：此题为必答题`;
      continue;
    }
    const problem = answerError(q, a);
    if (problem) {
      errors[q.id] = `${q.title}：${problem}`;
      continue;
    }
    if (q.kind === 'text') answers[q.id] = (a as string).trim();
    else if (q.kind === 'multiple') answers[q.id] = (q.options ?? []).filter((o) => (a as string[]).includes(o));
    else answers[q.id] = a;
  }
  // After the questions, in their order: the questionnaire changed since the page loaded it.
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(given)) {
    if (!known.has(id)) errors[id] = '问卷中没有这道题，请刷新后重新填写';
  }
  return { errors, answers };
}

/* ---------- Results ---------- */

export interface RatingResult {
  questionId: string;
  kind: 'rating';
  title: string;
  answered: number;
  /** To one decimal; null when nobody answered. */
  average: number | null;
  /** How many chose 1, 2, 3, 4, 5 stars (index 0 is one star). */
  distribution: number[];
}

export interface ChoiceResult {
  questionId: string;
  kind: 'single' | 'multiple';
  title: string;
  answered: number;
  /** Every option in the questionnaire's order, with how many chose it. */
  options: Array<{ option: string; count: number }>;
}

export interface TextResult {
  questionId: string;
  kind: 'text';
  title: string;
  answered: number;
}

export type QuestionResult = RatingResult | ChoiceResult | TextResult;

export interface Comment {
  questionId: string;
  questionTitle: string;
  text: string;
  submittedAt: number;
}

export interface ResponseLike {
  answers: Answers;
  submittedAt: number;
  updatedAt: number;
}

/** The mean of some whole stars, to one decimal; null without any. */
export function averageOf(sum: number, count: number): number | null {
  return count > 0 ? Math.round((sum * 10) / count) / 10 : null;
}

/**
 * Per question: a rating's average and 1–5 distribution, a choice's count per option, how many
 * answered a text. Answers that no longer fit the question (an option since renamed) are not
 * counted. Comments (the text answers) come newest first (by last change).
 */
export function aggregateResponses(
  questions: Question[],
  responses: ResponseLike[],
): { questions: QuestionResult[]; comments: Comment[] } {
  const results = questions.map((q): QuestionResult => {
    const given = responses.map((r) => r.answers[q.id]).filter((a): a is Answer => a !== undefined && !isBlank(a));
    const valid = given.filter((a) => answerError(q, a) === null);
    if (q.kind === 'rating') {
      const distribution = [0, 0, 0, 0, 0];
      for (const a of valid) distribution[(a as number) - SURVEY_RATING_MIN]! += 1;
      const sum = valid.reduce<number>((s, a) => s + (a as number), 0);
      return {
        questionId: q.id,
        kind: 'rating',
        title: q.title,
        answered: valid.length,
        average: averageOf(sum, valid.length),
        distribution,
      };
    }
    if (q.kind === 'single' || q.kind === 'multiple') {
      const counts = new Map((q.options ?? []).map((o) => [o, 0]));
      for (const a of valid) for (const o of Array.isArray(a) ? a : [a as string]) counts.set(o, counts.get(o)! + 1);
      return {
        questionId: q.id,
        kind: q.kind,
        title: q.title,
        answered: valid.length,
        options: [...counts].map(([option, count]) => ({ option, count })),
      };
    }
    return { questionId: q.id, kind: 'text', title: q.title, answered: valid.length };
  });

  const comments: Array<Comment & { at: number }> = [];
  for (const q of questions.filter((x) => x.kind === 'text')) {
    for (const r of responses) {
      const a = r.answers[q.id];
      if (typeof a === 'string' && a.trim()) {
        comments.push({
          questionId: q.id,
          questionTitle: q.title,
          text: a.trim(),
          submittedAt: r.submittedAt,
          at: r.updatedAt,
        });
      }
    }
  }
  comments.sort((x, y) => y.at - x.at);
  return { questions: results, comments: comments.map(({ at: _at, ...c }) => c) };
}

/** Topic → how many wanted it, most wanted first (ties by name in pinyin order, so the order is stable). */
export function countTopics(answers: Answer[]): Array<{ topic: string; count: number }> {
  const counts = new Map<string, number>();
  for (const a of answers) {
    const topics = Array.isArray(a) ? a : typeof a === 'string' && a.trim() ? [a.trim()] : [];
    for (const t of new Set(topics)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return [...counts]
    .map(([topic, count]) => ({ topic, count }))
    .sort((x, y) => y.count - x.count || x.topic.localeCompare(y.topic, 'zh-CN'));
}
