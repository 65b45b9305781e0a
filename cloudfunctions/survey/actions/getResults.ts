/**
 * The results of one target for the chief of its station (an admin: any station's): per
 * question the average and 1–5 distribution, the count per option, how many answered a text;
 * the comments newest first, one page at a time. Responses are read whole, in pages of the
 * store's maximum (a session has hundreds at most); nobody who only responded gets here.
 */
import { aggregateResponses } from '../../../core/rules/survey';
import { findAll } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { loadQuestionnaire, type StoredResponse } from '../responses';
import { SURVEY_TARGETS } from '../targets';

export default handler('survey', 'getResults', async (ctx, input) => {
  const spec = SURVEY_TARGETS[input.targetKind];
  const target = await spec.load(ctx.store, input.targetId);
  ctx.authorize({ stationId: target.view.stationId });
  const [questionnaire, responses, invited] = await Promise.all([
    loadQuestionnaire(ctx.store, target.questionnaireId),
    findAll<StoredResponse>(ctx.store, 'survey_responses', { targetKind: input.targetKind, targetId: target.view.id }, [
      ['submittedAt', 'desc'],
    ]),
    spec.invited(ctx.store, target),
  ]);
  const { questions, comments } = aggregateResponses(questionnaire.questions, responses);
  const start = (input.page - 1) * input.pageSize;
  return {
    target: target.view,
    questionnaire: { id: questionnaire._id, title: questionnaire.title },
    responses: responses.length,
    invited,
    questions,
    comments: {
      items: comments.slice(start, start + input.pageSize),
      total: comments.length,
      page: input.page,
      pageSize: input.pageSize,
    },
  };
});
