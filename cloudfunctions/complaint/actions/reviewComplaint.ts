/** The admin's review of an escalated complaint: final, it closes it; the complainant (and the station's chief) are told. */
import { stepAction } from '../flow';

export default stepAction('reviewComplaint', 'review', (input) => ({ text: input.answer }));
