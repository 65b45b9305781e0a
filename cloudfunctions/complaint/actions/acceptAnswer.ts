/** The complainant is satisfied with the answer: the complaint is closed and whoever answered is told. */
import { stepAction } from '../flow';

export default stepAction('acceptAnswer', 'accept', () => ({}));
