/**
 * The respond page's one read: the target, its questionnaire, my response (null until I
 * submit) and whether I may submit or change it now — and if not, why, in Chinese.
 */
import { RESPONSE_LOCKED_MESSAGE } from '../../../core/rules/survey';
import { handler } from '../../_shared/runtime';
import { loadQuestionnaire, questionnaireView, responseId, responseView, type StoredResponse } from '../responses';
import { SURVEY_TARGETS } from '../targets';

export default handler('survey', 'getMyResponse', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const now = ctx.clock.now();
  const spec = SURVEY_TARGETS[input.targetKind];
  const target = await spec.load(ctx.store, input.targetId);
  const [questionnaire, doc, refusal] = await Promise.all([
    loadQuestionnaire(ctx.store, target.questionnaireId),
    ctx.store.get<StoredResponse>('survey_responses', responseId(input.targetKind, target.view.id, caller.userId)),
    spec.refusal(ctx.store, target, caller.userId, now),
  ]);
  const response = doc ? responseView(doc, now) : null;
  const reason = refusal?.message ?? (response?.locked ? RESPONSE_LOCKED_MESSAGE : undefined);
  return {
    target: target.view,
    questionnaire: questionnaireView(questionnaire),
    response,
    canRespond: !reason,
    ...(reason ? { reason } : {}),
  };
});
