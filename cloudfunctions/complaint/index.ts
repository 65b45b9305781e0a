/** CloudBase function "complaint": bundled by scripts/build-functions.ts into dist/cloudfunctions/complaint. */
import { createCloudMain } from '../_shared/cloudbase/main';
import { handlers } from './handlers';

export const main = createCloudMain('complaint', handlers);
