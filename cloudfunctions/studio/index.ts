/** CloudBase function "studio": bundled by scripts/build-functions.ts into dist/cloudfunctions/studio. */
import { createCloudMain } from '../_shared/cloudbase/main';
import { handlers } from './handlers';

export const main = createCloudMain('studio', handlers);
