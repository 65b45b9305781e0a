/** CloudBase function "directory": bundled by scripts/build-functions.ts into dist/cloudfunctions/directory. */
import { createCloudMain } from '../_shared/cloudbase/main';
import { handlers } from './handlers';

export const main = createCloudMain('directory', handlers);
