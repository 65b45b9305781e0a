/** The answer limit in working days (the form tells the complainant when to expect an answer). */
import { handler } from '../../_shared/runtime';
import { answerDays } from '../settings';

export default handler('complaint', 'getComplaintSettings', async (ctx) => ({
  answerDays: await answerDays(ctx.store),
}));
