/** CloudBase function "survey": bundled by scripts/build-functions.ts into dist/cloudfunctions/survey. */
import { createCloudMain } from '../_shared/cloudbase/main';
import { handlers } from './handlers';

export const main = createCloudMain('survey', handlers);
