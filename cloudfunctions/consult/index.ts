/** CloudBase function "consult": bundled by scripts/build-functions.ts into dist/cloudfunctions/consult. */
import { createCloudMain } from '../_shared/cloudbase/main';
import { handlers } from './handlers';

export const main = createCloudMain('consult', handlers);
