/**
 * Questionnaires (问卷) and responses: the satisfaction questionnaire after a training now,
 * consultations and requests later. A questionnaire is reusable; a response belongs to one
 * person and one target (`targetKind` + `targetId`), one per person per target — the database
 * refuses a second — and may be changed for 24 h after it was first submitted.
 *
 * The per-question rules (required, 1–5, one of the options…) depend on the questionnaire, so
 * the contract checks only the shape of `answers`; the handler checks them against the
 * questionnaire (core/rules/survey.ts) and answers INVALID_INPUT with `fields["answers.<id>"]`.
 */
import { z } from 'zod';
import { QUESTION_KIND } from '../enums';
import {
  OPTION_MAX,
  OPTIONS_MAX,
  OPTIONS_MIN,
  QUESTION_ID_PATTERN,
  QUESTION_TITLE_MAX,
  QUESTIONS_MAX,
  SURVEY_TARGET_KINDS,
  SURVEY_TEXT_MAX,
} from '../rules/survey';
import { clientRequestId, date, epochMs, id, oneOf, pageInput, pageOf, text } from './common';

const targetRef = {
  targetKind: oneOf(SURVEY_TARGET_KINDS, '问卷对象类型'),
  targetId: id('问卷对象'),
};

export const question = z.object({
  id: z.string(),
  kind: oneOf(QUESTION_KIND.values, '题型'),
  title: z.string(),
  options: z.array(z.string()).optional(),
  required: z.boolean(),
});
export type SurveyQuestion = z.infer<typeof question>;

export const questionnaire = z.object({
  id: z.string(),
  title: z.string(),
  /** null: available to every station (the default one). */
  stationId: z.string().nullable(),
  isDefault: z.boolean(),
  questions: z.array(question),
  createdAt: epochMs('创建时间'),
});
export type Questionnaire = z.infer<typeof questionnaire>;

export const questionnaireSummary = questionnaire.omit({ questions: true }).extend({ questionCount: z.number().int() });
export type QuestionnaireSummary = z.infer<typeof questionnaireSummary>;

/** What a response is about, as the pages show it (a training: its title, station and times). */
export const surveyTarget = z.object({
  kind: oneOf(SURVEY_TARGET_KINDS, '问卷对象类型'),
  id: z.string(),
  title: z.string(),
  stationId: z.string(),
  stationName: z.string(),
  startAt: epochMs('开始时间').optional(),
  endAt: epochMs('结束时间').optional(),
});
export type SurveyTarget = z.infer<typeof surveyTarget>;

const answer = z.union([
  z.number(),
  z.string().max(SURVEY_TEXT_MAX * 2),
  z.array(z.string().max(OPTION_MAX * 2)).max(OPTIONS_MAX * 2),
]);
export const answers = z
  .record(z.string().regex(QUESTION_ID_PATTERN).describe('题目'), answer.describe('答案'))
  .refine((a) => Object.keys(a).length <= QUESTIONS_MAX, { message: `最多 ${QUESTIONS_MAX} 道题` })
  .describe('答案');
export type SurveyAnswers = z.infer<typeof answers>;

/** My response, with whether I may still change it (judged by the server's clock). */
export const surveyResponse = z.object({
  id: z.string(),
  targetKind: oneOf(SURVEY_TARGET_KINDS, '问卷对象类型'),
  targetId: z.string(),
  questionnaireId: z.string(),
  answers,
  submittedAt: epochMs('提交时间'),
  updatedAt: epochMs('修改时间'),
  edited: z.boolean(),
  editableUntil: epochMs('可修改截止时间'),
  locked: z.boolean(),
});
export type SurveyResponse = z.infer<typeof surveyResponse>;

const ratingResult = z.object({
  questionId: z.string(),
  kind: z.literal('rating'),
  title: z.string(),
  answered: z.number().int(),
  average: z.number().nullable(),
  /** Index 0 is one star … index 4 five stars. */
  distribution: z.array(z.number().int()).length(5),
});
const choiceResult = z.object({
  questionId: z.string(),
  kind: z.enum(['single', 'multiple']),
  title: z.string(),
  answered: z.number().int(),
  options: z.array(z.object({ option: z.string(), count: z.number().int() })),
});
const textResult = z.object({
  questionId: z.string(),
  kind: z.literal('text'),
  title: z.string(),
  answered: z.number().int(),
});
export const questionResult = z.union([ratingResult, choiceResult, textResult]);
export type QuestionResultView = z.infer<typeof questionResult>;

export const surveyComment = z.object({
  questionId: z.string(),
  questionTitle: z.string(),
  text: z.string(),
  submittedAt: epochMs('提交时间'),
});
export type SurveyComment = z.infer<typeof surveyComment>;

/** A question of a new questionnaire; ids are given by the server. */
const questionInput = z
  .object({
    kind: oneOf(QUESTION_KIND.values, '题型'),
    title: text('题目', QUESTION_TITLE_MAX),
    options: z.array(text('选项', OPTION_MAX)).max(OPTIONS_MAX).optional().describe('选项'),
    required: z.boolean().default(false).describe('必答'),
    /** This choice question asks which topics people want next (培训需求统计). */
    wantedTopics: z.boolean().default(false).describe('用于培训需求统计'),
  })
  .superRefine((q, ctx) => {
    const choice = q.kind === 'single' || q.kind === 'multiple';
    const options = q.options ?? [];
    if (choice && options.length < OPTIONS_MIN) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `选择题至少需要 ${OPTIONS_MIN} 个选项` });
    } else if (choice && new Set(options).size !== options.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: '选项不能重复' });
    } else if (!choice && options.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: '只有选择题可以设置选项' });
    }
    if (q.wantedTopics && !choice) {
      ctx.addIssue({ code: 'custom', path: ['wantedTopics'], message: '只有选择题可用于培训需求统计' });
    }
  })
  .describe('题目');

export const survey = {
  /** One questionnaire with its questions. */
  getQuestionnaire: {
    input: z.object({ questionnaireId: id('问卷') }),
    output: questionnaire,
  },
  /** The questionnaires a station may use: its own, newest first, and the default ones. */
  listQuestionnaires: {
    input: z.object({ stationId: id('站点'), ...pageInput }),
    output: pageOf(questionnaireSummary),
  },
  /** A station's own questionnaire (the chief for their station; an admin for any). */
  createQuestionnaire: {
    input: z.object({
      clientRequestId,
      stationId: id('站点'),
      title: text('问卷名称', 40, 2),
      questions: z
        .array(questionInput)
        .min(1)
        .max(QUESTIONS_MAX)
        .refine((qs) => qs.filter((q) => q.wantedTopics).length <= 1, {
          message: '只能有一道题用于培训需求统计',
        })
        .describe('题目'),
    }),
    output: questionnaire,
  },
  /**
   * Submits my answers for a target (a training I checked in at, once it started): the first
   * call creates my response, later calls change it for 24 h after it was first submitted.
   */
  submitResponse: {
    input: z.object({ clientRequestId, ...targetRef, answers }),
    output: surveyResponse,
  },
  /**
   * Everything the respond page needs: the target, its questionnaire, my response (null until
   * submitted), and whether I may submit or change it now (and why not).
   */
  getMyResponse: {
    input: z.object(targetRef),
    output: z.object({
      target: surveyTarget,
      questionnaire,
      response: surveyResponse.nullable(),
      canRespond: z.boolean(),
      /** Why not, in Chinese (not checked in, not started yet, locked). */
      reason: z.string().optional(),
    }),
  },
  /**
   * The results of one target for its station's chief (an admin: any): per question the
   * average and 1–5 distribution, the count per option, and the comments, newest first, paged.
   */
  getResults: {
    input: z.object({ ...targetRef, ...pageInput }),
    output: z.object({
      target: surveyTarget,
      questionnaire: z.object({ id: z.string(), title: z.string() }),
      responses: z.number().int(),
      /** Who was asked (a training: everyone checked in); null when the target does not say. */
      invited: z.number().int().nullable(),
      questions: z.array(questionResult),
      comments: pageOf(surveyComment),
    }),
  },
  /**
   * 培训需求统计: across the station's trainings, which topics people want next and how many,
   * most wanted first; optionally only responses submitted within a Shanghai date range.
   */
  wantedTopics: {
    input: z.object({ stationId: id('站点'), from: date('开始日期').optional(), to: date('结束日期').optional() }),
    output: z.object({
      items: z.array(z.object({ topic: z.string(), count: z.number().int() })),
      /** Responses that were counted, and of how many sessions. */
      responses: z.number().int(),
      sessions: z.number().int(),
    }),
  },
} as const;
