/**
 * The complainant is not satisfied: the admins review it, due within the answer limit in working
 * days from now (flow.ts).
 */
import { stepAction } from '../flow';

export default stepAction('escalateComplaint', 'escalate', (input) => ({ reason: input.reason }));
