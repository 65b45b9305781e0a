/**
 * The handler's answer (the station's chief; the admin for a complaint about the chief): the
 * complainant is told, then accepts it or escalates it. Two at once: one lands, the other CONFLICT.
 */
import { stepAction } from '../flow';

export default stepAction('answerComplaint', 'answer', (input) => ({ text: input.answer }));
