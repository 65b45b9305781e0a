/** Every cloud function's handlers by name: what the host serves at POST /api/fn/<name>. */
import { handlers as account } from './account/handlers';
import { handlers as directory } from './directory/handlers';

export const FUNCTION_HANDLERS = { account, directory } as const;
