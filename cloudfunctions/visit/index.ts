/** CloudBase function "visit": bundled by scripts/build-functions.ts into dist/cloudfunctions/visit. */
import { createCloudMain } from '../_shared/cloudbase/main';
import { handlers } from './handlers';

export const main = createCloudMain('visit', handlers);
