/**
 * 培训需求统计 (the chief; an admin for any station): which topics people want next, counted over
 * the responses to the station's trainings — optionally those submitted within a Shanghai date
 * range, inclusive — most wanted first. Served by the survey_responses index
 * (stationId, targetKind, submittedAt); the responses are read whole, in pages.
 */
import { AppError } from '../../../core/errors';
import { WANTED_TOPICS_QUESTION_ID, countTopics, type Answer } from '../../../core/rules/survey';
import { addDays, shanghaiInstant } from '../../../core/rules/time';
import type { Condition, Where } from '../../../core/store/query';
import { findAll } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import type { StoredResponse } from '../responses';

export default handler('survey', 'wantedTopics', async (ctx, input) => {
  ctx.authorize({ stationId: input.stationId });
  if (input.from && input.to && input.from > input.to) {
    throw new AppError('INVALID_INPUT', '结束日期不能早于开始日期', { to: '结束日期：不能早于开始日期' });
  }
  const submittedAt: Condition = {};
  if (input.from) submittedAt.$gte = shanghaiInstant(input.from);
  if (input.to) submittedAt.$lt = shanghaiInstant(addDays(input.to, 1));
  const where: Where = { stationId: input.stationId, targetKind: 'training' };
  if (input.from || input.to) where.submittedAt = submittedAt;
  const responses = await findAll<StoredResponse>(ctx.store, 'survey_responses', where, [['submittedAt', 'desc']]);
  const wanted = responses.map((r) => r.answers[WANTED_TOPICS_QUESTION_ID]).filter((a): a is Answer => a !== undefined);
  return {
    items: countTopics(wanted),
    responses: responses.length,
    sessions: new Set(responses.map((r) => r.targetId)).size,
  };
});
