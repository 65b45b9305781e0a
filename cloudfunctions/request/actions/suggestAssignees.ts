/** Placeholder until the assignment loop lands (issue 12): refuses plainly. */
import { AppError } from '../../../core/errors';
import { handler } from '../../_shared/runtime';

export default handler('request', 'suggestAssignees', async () => {
  throw new AppError('CONFLICT', '该功能即将开放');
});
