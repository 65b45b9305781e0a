/** CloudBase function "referral": bundled by scripts/build-functions.ts into dist/cloudfunctions/referral. */
import { createCloudMain } from '../_shared/cloudbase/main';
import { handlers } from './handlers';

export const main = createCloudMain('referral', handlers);
