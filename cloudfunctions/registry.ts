/** Every cloud function's handlers by name: what the host serves at POST /api/fn/<name>. */
import { handlers as account } from './account/handlers';
import { handlers as archive } from './archive/handlers';
import { handlers as checkin } from './checkin/handlers';
import { handlers as consult } from './consult/handlers';
import { handlers as directory } from './directory/handlers';
import { handlers as enterprise } from './enterprise/handlers';
import { handlers as files } from './files/handlers';
import { handlers as setup } from './setup/handlers';
import { handlers as visit } from './visit/handlers';
import { handlers as jobs } from './jobs/handlers';
import { handlers as request } from './request/handlers';
import { handlers as survey } from './survey/handlers';
import { handlers as training } from './training/handlers';
import { handlers as referral } from './referral/handlers';
import { handlers as expert } from './expert/handlers';
import { handlers as stats } from './stats/handlers';
import { handlers as complaint } from './complaint/handlers';
import { handlers as studio } from './studio/handlers';
import { handlers as evaluation } from './evaluation/handlers';
import { handlers as quality } from './quality/handlers';
import { handlers as content } from './content/handlers';

export const FUNCTION_HANDLERS = {
  account,
  directory,
  consult,
  setup,
  jobs,
  archive,
  files,
  visit,
  request,
  survey,
  training,
  checkin,
  enterprise,
  referral,
  expert,
  stats,
  complaint,
  studio,
  evaluation,
  quality,
  content,
} as const;
