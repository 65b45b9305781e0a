/** CloudBase function "files": bundled by scripts/build-functions.ts into dist/cloudfunctions/files. */
import { createCloudMain } from '../_shared/cloudbase/main';
import { handlers } from './handlers';

export const main = createCloudMain('files', handlers);
