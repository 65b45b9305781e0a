/** Loading a training session: the training area, its check-in and the survey targets read it alike. */
import { AppError } from '../../core/errors';
import type { Store } from '../../core/ports';
import type { TrainingSessionDoc } from '../../core/store/docs';

export const SESSION_NOT_FOUND = '培训不存在或已被删除，请刷新后重试';

export async function loadSession(store: Store, sessionId: string): Promise<TrainingSessionDoc> {
  const doc = await store.get<TrainingSessionDoc>('trainings', sessionId);
  if (!doc) throw new AppError('NOT_FOUND', SESSION_NOT_FOUND);
  return doc;
}
