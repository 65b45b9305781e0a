/** CloudBase function "expert": bundled by scripts/build-functions.ts into dist/cloudfunctions/expert. */
import { createCloudMain } from '../_shared/cloudbase/main';
import { handlers } from './handlers';

export const main = createCloudMain('expert', handlers);
