/**
 * Who signs up — 姓名, 单位名称, 职务, 手机号 — as the person types it (报名) or the chief does for
 * them (手动添加): the same rows, the same checks before sending, the same input for the server.
 * Someone acting for a company signs up for it: the company is shown instead of typed.
 */
import type { ReactNode } from 'react';
import { MOBILE_LENGTH, MOBILE_PATTERN } from '@core/rules/patterns';
import { TRAINING_LIMITS } from '@core/rules/training';
import { TextField } from '@/components/FormField';
import type { FieldErrors } from '@/lib/field-errors';
import { bindValues } from '@/hooks/useFieldBinder';

export interface Person {
  name: string;
  companyName: string;
  title: string;
  mobile: string;
}

export const emptyPerson = (name = ''): Person => ({ name, companyName: '', title: '', mobile: '' });

/** The problems to show before sending; the company only when it is typed. */
export function personErrors(p: Person, typesCompany: boolean): FieldErrors {
  const errors: FieldErrors = {};
  if (!p.name.trim()) errors.name = '请填写姓名';
  if (typesCompany && !p.companyName.trim()) errors.companyName = '请填写单位名称';
  if (!MOBILE_PATTERN.test(p.mobile.trim())) errors.mobile = `请填写${MOBILE_LENGTH}位手机号`;
  return errors;
}

/** The person as sent: every field trimmed. */
export const personInput = (p: Person): Person => ({
  name: p.name.trim(),
  companyName: p.companyName.trim(),
  title: p.title.trim(),
  mobile: p.mobile.trim(),
});

export interface PersonFieldsProps {
  person: Person;
  onEdit: (field: keyof Person, value: string) => void;
  errors: FieldErrors;
  /** Shown in place of the 单位名称 row when the company is not typed. */
  fixedCompany?: ReactNode;
}

export function PersonFields({ person, onEdit, errors, fixedCompany }: PersonFieldsProps) {
  const bind = bindValues(person, onEdit, errors);
  return (
    <>
      <TextField {...bind('name')} label="姓名" maxLength={TRAINING_LIMITS.name} required />
      {fixedCompany ?? (
        <TextField {...bind('companyName')} label="单位名称" maxLength={TRAINING_LIMITS.companyName} required />
      )}
      <TextField
        {...bind('title')}
        label="职务"
        maxLength={TRAINING_LIMITS.personTitle}
        placeholder="选填，如：知识产权专员"
      />
      <TextField {...bind('mobile')} label="手机号" type="tel" maxLength={MOBILE_LENGTH} required />
    </>
  );
}
