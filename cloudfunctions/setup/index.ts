/** CloudBase function "setup": bundled by scripts/build-functions.ts into dist/cloudfunctions/setup. */
import { createCloudMain } from '../_shared/cloudbase/main';
import { handlers } from './handlers';

export const main = createCloudMain('setup', handlers);
