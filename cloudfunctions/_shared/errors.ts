/**
 * Errors every area answers the same way. INVALID_INPUT naming one field is what the runtime's
 * contract validation answers too, so a check done by hand reads like one the contract did.
 */
import { AppError } from '../../core/errors';

/** INVALID_INPUT for one field, in the runtime's "label：reason" form. */
export function invalidField(field: string, label: string, reason: string): AppError {
  return new AppError('INVALID_INPUT', reason, { [field]: `${label}：${reason}` });
}
