/** CloudBase function "archive": bundled by scripts/build-functions.ts into dist/cloudfunctions/archive. */
import { createCloudMain } from '../_shared/cloudbase/main';
import { handlers } from './handlers';

export const main = createCloudMain('archive', handlers);
