/** CloudBase function "stats": bundled by scripts/build-functions.ts into dist/cloudfunctions/stats. */
import { createCloudMain } from '../_shared/cloudbase/main';
import { handlers } from './handlers';

export const main = createCloudMain('stats', handlers);
