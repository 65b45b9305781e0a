/** CloudBase function "checkin": bundled by scripts/build-functions.ts into dist/cloudfunctions/checkin. */
import { createCloudMain } from '../_shared/cloudbase/main';
import { handlers } from './handlers';

export const main = createCloudMain('checkin', handlers);
