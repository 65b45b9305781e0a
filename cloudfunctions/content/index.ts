/** CloudBase function "content": bundled by scripts/build-functions.ts into dist/cloudfunctions/content. */
import { createCloudMain } from '../_shared/cloudbase/main';
import { handlers } from './handlers';

export const main = createCloudMain('content', handlers);
