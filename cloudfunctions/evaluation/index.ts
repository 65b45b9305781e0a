/** CloudBase function "evaluation": bundled by scripts/build-functions.ts into dist/cloudfunctions/evaluation. */
import { createCloudMain } from '../_shared/cloudbase/main';
import { handlers } from './handlers';

export const main = createCloudMain('evaluation', handlers);
