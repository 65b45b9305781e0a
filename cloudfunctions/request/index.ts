/** CloudBase function "request": bundled by scripts/build-functions.ts into dist/cloudfunctions/request. */
import { createCloudMain } from '../_shared/cloudbase/main';
import { handlers } from './handlers';

export const main = createCloudMain('request', handlers);
