/** setup: preparing a CloudBase environment (reference data, first admin). */
import type { Handlers } from '../_shared/runtime';
import bootstrap from './actions/bootstrap';

export const handlers: Handlers<'setup'> = { bootstrap };
