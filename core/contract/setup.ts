/** Setting up a CloudBase environment: reference data and the first admin. */
import { z } from 'zod';
import { me } from './account';

export const setup = {
  bootstrap: {
    input: z.object({}),
    output: z.object({ referenceDocumentsAdded: z.number().int(), me }),
  },
} as const;
