import { toastInfo } from '../../../lib/feedback';
import type { FieldErrors } from './validate';

/** The first problem found on the client, as a toast (the fields show all of them). */
export function toastFirstError(errors: FieldErrors): void {
  const first = Object.values(errors)[0];
  if (first) toastInfo(first);
}

/** A copy of `errors` without the message of `field` (the user is correcting it). */
export function withoutError(errors: FieldErrors, field: string): FieldErrors {
  if (!Object.keys(errors).some((k) => k === field || k.startsWith(`${field}.`))) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([k]) => k !== field && !k.startsWith(`${field}.`)));
}
