/**
 * The one field binder the forms use: a form's values and its field messages in one place, and
 * for each field the `name`, `value`, `onChange` and `error` a row (TextField, ChoiceField,
 * PickerField, ToggleChips …) takes. Editing a field drops the messages under it — its own, or
 * the server's field paths it answers for — so a corrected field stops showing why it was wrong,
 * the same way in every form, and a form's section components receive the binder instead of a
 * value and a setter per field.
 */
import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';
import { withoutErrors, type FieldErrors } from '@/lib/field-errors';

/** What a form row needs of one field. */
export interface BoundField<V> {
  name: string;
  value: V;
  onChange: (value: V) => void;
  error?: string;
}

export interface FieldBinder<T extends object> {
  values: T;
  setValues: Dispatch<SetStateAction<T>>;
  /** The messages shown (with those `behind` under the form's own). */
  errors: FieldErrors;
  /** Sets the form's own messages. */
  setErrors: Dispatch<SetStateAction<FieldErrors>>;
  /** Sets one field and drops the messages of `clears` (by default those the field answers for). */
  set: <K extends keyof T & string>(key: K, value: T[K], clears?: string[]) => void;
  /** One field as a row takes it; its message is looked up under `errorKey` (default: the key). */
  bind: <K extends keyof T & string>(key: K, errorKey?: string) => BoundField<T[K]>;
  /** A field inside a group of the values (`form.text.name`), named as the server names it. */
  bindIn: <G extends keyof T & string, K extends keyof T[G] & string>(
    group: G,
    key: K,
    name?: string,
  ) => BoundField<T[G][K]>;
}

export interface FieldBinderOptions<T extends object> {
  /** The messages shown when the form opens (e.g. those the server sent back). */
  initialErrors?: FieldErrors | (() => FieldErrors);
  /** Messages kept elsewhere (useSubmit's fieldErrors): the binder reads and clears those instead. */
  errors?: [FieldErrors, Dispatch<SetStateAction<FieldErrors>>];
  /** The server's field paths a field answers for, when they are not just its own name. */
  clearsOf?: (key: keyof T & string) => string[];
  /** Clear exactly the named messages, not also those below them ("a" keeps "a.b"). */
  exact?: boolean;
  /**
   * Messages shown where the form's own have none and left alone by edits (the server's from the
   * last submit, which useSubmit clears on the next one), or worked out from the values on each
   * render (a page's own checks that show while the values are wrong).
   */
  behind?: FieldErrors | ((values: T) => FieldErrors);
}

export function useFieldBinder<T extends object>(
  initial: T | (() => T),
  options: FieldBinderOptions<T> = {},
): FieldBinder<T> {
  const [values, setValues] = useState<T>(initial);
  const own = useState<FieldErrors>(options.initialErrors ?? {});
  const [ownErrors, setErrors] = options.errors ?? own;
  const { clearsOf, exact } = options;
  const behind = typeof options.behind === 'function' ? options.behind(values) : options.behind;
  const errors = behind ? { ...behind, ...ownErrors } : ownErrors;

  const clear = useCallback(
    (keys: string[]) =>
      setErrors((prev) =>
        exact
          ? keys.some((k) => k in prev)
            ? Object.fromEntries(Object.entries(prev).filter(([k]) => !keys.includes(k)))
            : prev
          : withoutErrors(prev, ...keys),
      ),
    [setErrors, exact],
  );

  const set: FieldBinder<T>['set'] = (key, value, clears) => {
    setValues((v) => ({ ...v, [key]: value }));
    clear(clears ?? clearsOf?.(key) ?? [key]);
  };

  const bind: FieldBinder<T>['bind'] = bindValues(values, set, errors);

  const bindIn: FieldBinder<T>['bindIn'] = (group, key, name = key) => ({
    name,
    value: values[group][key],
    onChange: (value) => {
      setValues((v) => ({ ...v, [group]: { ...v[group], [key]: value } }));
      clear([name]);
    },
    error: errors[name],
  });

  return { values, setValues, errors, setErrors, set, bind, bindIn };
}

/**
 * `bind` for values kept elsewhere: a section handed a draft, a setter and the messages binds its
 * rows the same way a form holding its own values does.
 */
export function bindValues<T extends object>(
  values: T,
  onEdit: <K extends keyof T & string>(key: K, value: T[K]) => void,
  errors: FieldErrors,
): FieldBinder<T>['bind'] {
  return (key, errorKey) => ({
    name: key,
    value: values[key],
    onChange: (value) => onEdit(key, value),
    error: errors[errorKey ?? key],
  });
}
