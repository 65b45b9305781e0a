/** Every cloud function's handlers by name: what the host serves at POST /api/fn/<name>. */
import { handlers as account } from './account/handlers';
import { handlers as archive } from './archive/handlers';
import { handlers as consult } from './consult/handlers';
import { handlers as directory } from './directory/handlers';
import { handlers as setup } from './setup/handlers';
import { handlers as jobs } from './jobs/handlers';

export const FUNCTION_HANDLERS = { account, directory, consult, setup, jobs, archive } as const;
