/** CloudBase function "account": bundled by scripts/build-functions.ts into dist/cloudfunctions/account. */
import { createCloudMain } from '../_shared/cloudbase/main';
import { handlers } from './handlers';

export const main = createCloudMain('account', handlers);
