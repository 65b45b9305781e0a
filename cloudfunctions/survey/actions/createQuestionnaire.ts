/**
 * A station's own questionnaire (the chief for their station; an admin for any). The server
 * names the questions (`q1`, `q2`…; the one marked for 培训需求统计 `topics`), so answers are
 * keyed by ids nobody can collide or inject.
 */
import { isAppError } from '../../../core/errors';
import { WANTED_TOPICS_QUESTION_ID, type Question } from '../../../core/rules/survey';
import type { QuestionnaireDoc, StationDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { questionnaireView } from '../responses';

export default handler('survey', 'createQuestionnaire', async (ctx, input) => {
  ctx.authorize({ stationId: input.stationId });
  await mustGet<StationDoc>(ctx.store, 'stations', input.stationId);
  const questions: Question[] = input.questions.map((q, i) => {
    const choice = q.kind === 'single' || q.kind === 'multiple';
    return {
      id: q.wantedTopics ? WANTED_TOPICS_QUESTION_ID : `q${i + 1}`,
      kind: q.kind,
      title: q.title,
      ...(choice ? { options: q.options ?? [] } : {}),
      required: q.required,
    };
  });
  const doc: QuestionnaireDoc = {
    _id: `q_${ctx.ids.id()}`,
    title: input.title,
    stationId: input.stationId,
    isDefault: false,
    questions,
    createdAt: ctx.clock.now(),
  };
  try {
    await ctx.store.insert<QuestionnaireDoc>('questionnaires', doc);
  } catch (e) {
    // The id is drawn from the request key (no other request can draw it): this is a replay.
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    const first = await ctx.store.get<QuestionnaireDoc>('questionnaires', doc._id);
    if (!first) throw e;
    return questionnaireView(first);
  }
  await ctx.audit('create', doc._id, { stationId: input.stationId, questions: questions.length });
  return questionnaireView(doc);
});
