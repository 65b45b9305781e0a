import { handler } from '../../_shared/runtime';
import { sendSurveyInvites } from '../survey-invites';

/** The timer's job (policy: the 'system' caller only): invitations to rate ended trainings. */
export default handler('jobs', 'sendSurveyInvites', async (ctx) => {
  ctx.requireCaller();
  return sendSurveyInvites(ctx);
});
