/** CloudBase function "training": bundled by scripts/build-functions.ts into dist/cloudfunctions/training. */
import { createCloudMain } from '../_shared/cloudbase/main';
import { handlers } from './handlers';

export const main = createCloudMain('training', handlers);
