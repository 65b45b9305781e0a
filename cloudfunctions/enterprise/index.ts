/** CloudBase function "enterprise": bundled by scripts/build-functions.ts into dist/cloudfunctions/enterprise. */
import { createCloudMain } from '../_shared/cloudbase/main';
import { handlers } from './handlers';

export const main = createCloudMain('enterprise', handlers);
