/**
 * The session form (create and edit): the cross-field rules of core/rules/training.ts, the
 * catalogue course (its title when none is typed) and the questionnaire, checked before
 * anything is written.
 */
import { AppError } from '../../core/errors';
import type { ParsedInputOf } from '../../core/contract';
import type { Store } from '../../core/ports';
import { DEFAULT_TRAINING_QUESTIONNAIRE_ID, sessionProblems } from '../../core/rules/training';
import type { QuestionnaireDoc, TrainingSessionDoc } from '../../core/store/docs';
import { invalidField } from '../_shared/errors';

type SessionForm = Omit<ParsedInputOf<'training', 'updateSession'>, 'sessionId'>;

/** The stored fields the form sets. */
export type SessionContent = Pick<
  TrainingSessionDoc,
  | 'courseId'
  | 'title'
  | 'description'
  | 'lecturer'
  | 'startAt'
  | 'endAt'
  | 'venue'
  | 'onlineUrl'
  | 'capacity'
  | 'signupDeadline'
  | 'allowWalkIns'
  | 'audience'
  | 'questionnaireId'
>;

const blankToUndefined = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

export async function sessionContent(
  store: Store,
  stationId: string,
  form: SessionForm,
  now: number,
  startMustBeFuture: boolean,
): Promise<SessionContent> {
  const [problem] = sessionProblems(form, now, startMustBeFuture);
  if (problem) throw invalidField(problem.field, problem.label, problem.reason);

  let title = blankToUndefined(form.title);
  if (form.courseId) {
    const course = await store.get<{ _id: string; title: string }>('courses', form.courseId);
    if (!course) throw invalidField('courseId', '课程', '课程目录中没有该课程，请重新选择');
    title ??= course.title;
  }
  // The default questionnaire is the survey function's reference data; another must be one the
  // station may use (its own, or one for every station).
  if (form.questionnaireId !== DEFAULT_TRAINING_QUESTIONNAIRE_ID) {
    const q = await store.get<QuestionnaireDoc>('questionnaires', form.questionnaireId);
    if (!q || (q.stationId !== null && q.stationId !== stationId)) {
      throw invalidField('questionnaireId', '满意度问卷', '没有找到该问卷，请重新选择');
    }
  }
  if (!title) throw new AppError('INVALID_INPUT', '请选择课程或填写培训主题', { title: '培训主题：请填写' });
  return {
    courseId: form.courseId,
    title,
    description: form.description?.trim() ?? '',
    lecturer: form.lecturer,
    startAt: form.startAt,
    endAt: form.endAt,
    venue: blankToUndefined(form.venue),
    onlineUrl: blankToUndefined(form.onlineUrl),
    capacity: form.capacity,
    signupDeadline: form.signupDeadline,
    allowWalkIns: form.allowWalkIns,
    audience: form.audience,
    questionnaireId: form.questionnaireId,
  };
}
