/** One questionnaire with its questions (anyone signed in: a questionnaire is no secret). */
import { handler } from '../../_shared/runtime';
import { loadQuestionnaire, questionnaireView } from '../responses';

export default handler('survey', 'getQuestionnaire', async (ctx, input) =>
  questionnaireView(await loadQuestionnaire(ctx.store, input.questionnaireId)),
);
