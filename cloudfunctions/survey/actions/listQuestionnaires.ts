/**
 * The questionnaires a station may use: its own and the default ones (stationId null), newest
 * first — one query on the questionnaires index (stationId, createdAt).
 */
import type { QuestionnaireSummary } from '../../../core/contract/survey';
import type { QuestionnaireDoc } from '../../../core/store/docs';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { questionnaireView } from '../responses';

export default handler('survey', 'listQuestionnaires', async (ctx, input) => {
  ctx.authorize({ stationId: input.stationId });
  return findPage<QuestionnaireDoc, QuestionnaireSummary>(
    ctx.store,
    'questionnaires',
    { stationId: { $in: [input.stationId, null] } },
    [['createdAt', 'desc']],
    input,
    (d) => {
      const { questions, ...rest } = questionnaireView(d);
      return { ...rest, questionCount: questions.length };
    },
  );
});
