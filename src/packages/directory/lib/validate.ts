/**
 * Client-side checks for the obvious mistakes, worded like the server's INVALID_INPUT messages
 * ("咨询电话：格式不正确"). The server still validates everything; its `fields` are shown too.
 */
import { PHONE_PATTERN } from '@core/rules/patterns';
import type { FieldErrors } from '@/lib/field-errors';

export type { FieldErrors };

export function checkText(
  errors: FieldErrors,
  name: string,
  label: string,
  value: string,
  opts: { min?: number; max: number; required?: boolean },
): void {
  const v = value.trim();
  const min = opts.min ?? (opts.required === false ? 0 : 1);
  if (v.length === 0 && min > 0) errors[name] = `${label}：不能为空`;
  else if (v.length < min) errors[name] = `${label}：至少 ${min} 个字`;
  else if (v.length > opts.max) errors[name] = `${label}：最多 ${opts.max} 个字`;
}

export function checkPhone(errors: FieldErrors, name: string, label: string, value: string): void {
  const v = value.trim();
  if (v.length === 0) errors[name] = `${label}：不能为空`;
  else if (!PHONE_PATTERN.test(v)) errors[name] = `${label}：格式不正确`;
}

export function checkChoice(errors: FieldErrors, name: string, label: string, value: string): void {
  if (!value) errors[name] = `${label}：请选择`;
}

/**
 * The message to show under a form field: the server keys array entries by path
 * ("keyIndustries.2"), the form has one field for the whole list.
 */
export function errorFor(errors: FieldErrors, name: string): string | undefined {
  if (errors[name]) return errors[name];
  const nested = Object.keys(errors).find((key) => key.startsWith(`${name}.`));
  return nested ? errors[nested] : undefined;
}
