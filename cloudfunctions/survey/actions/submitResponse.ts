/**
 * Submits my answers for a target: a training I checked in at, once it started. The first
 * submission creates my response; later ones change it for 24 h after it was first submitted,
 * then CONFLICT 「提交已超过24小时，不能再修改」. Answers are checked against the target's
 * questionnaire: every problem named by its question.
 */
import { checkAnswers } from '../../../core/rules/survey';
import { submissionId } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { invalidAnswers, loadQuestionnaire, responseView, saveResponse } from '../responses';
import { SURVEY_TARGETS } from '../targets';

export default handler('survey', 'submitResponse', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const now = ctx.clock.now();
  const spec = SURVEY_TARGETS[input.targetKind];
  const target = await spec.load(ctx.store, input.targetId);
  const refusal = await spec.refusal(ctx.store, target, caller.userId, now);
  if (refusal) throw refusal;
  const questionnaire = await loadQuestionnaire(ctx.store, target.questionnaireId);
  const checked = checkAnswers(questionnaire.questions, input.answers);
  if (Object.keys(checked.errors).length > 0) throw invalidAnswers(checked.errors);
  const saved = await saveResponse(
    ctx.store,
    {
      targetKind: input.targetKind,
      targetId: target.view.id,
      stationId: target.view.stationId,
      questionnaireId: questionnaire._id,
      userId: caller.userId,
      answers: checked.answers,
      requestKey: submissionId('', caller.userId, input.clientRequestId),
    },
    now,
  );
  return responseView(saved, now);
});
