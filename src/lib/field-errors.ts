/**
 * A form's field messages, keyed by the field paths the server names in INVALID_INPUT
 * ("contact.mobile", "needs.0.description"), so the page's own checks and the server's land
 * under the same field: dropping those of a field being corrected, and the toast that says why
 * nothing was sent.
 */
import { toastInfo } from './feedback';

export type FieldErrors = Record<string, string>;

/**
 * `errors` without the messages of `fields` or of anything below them ("needs" drops
 * "needs.0.category"). The same object when none is there, so typing does not re-render.
 */
export function withoutErrors(errors: FieldErrors, ...fields: string[]): FieldErrors {
  const dropped = (key: string) => fields.some((f) => key === f || key.startsWith(`${f}.`));
  if (!Object.keys(errors).some(dropped)) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([key]) => !dropped(key)));
}

/** Toasts the first problem the page found before sending; true when there was one (send nothing). */
export function toastFirstError(errors: FieldErrors): boolean {
  const first = Object.values(errors)[0];
  if (first === undefined) return false;
  toastInfo(first);
  return true;
}
