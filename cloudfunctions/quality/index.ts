/** CloudBase function "quality": bundled by scripts/build-functions.ts into dist/cloudfunctions/quality. */
import { createCloudMain } from '../_shared/cloudbase/main';
import { handlers } from './handlers';

export const main = createCloudMain('quality', handlers);
