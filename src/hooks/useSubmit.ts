/**
 * Form submission: one request at a time (a double tap does nothing), the server's field
 * errors kept for display, and a clientRequestId that stays the same for retries of the same
 * intent so the server returns the first result instead of creating twice.
 */
import { useCallback, useRef, useState } from 'react';
import { newRequestId } from '../services/call';
import { ServiceError } from '../services/errors';
import { toastError } from '../lib/feedback';
import { toastFirstError, type FieldErrors } from '../lib/field-errors';

export function useSubmit<T>(send: (clientRequestId: string) => Promise<T>) {
  const [submitting, setSubmitting] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const busy = useRef(false);
  const requestId = useRef(newRequestId());

  const submit = useCallback(async (): Promise<T | null> => {
    if (busy.current) return null;
    busy.current = true;
    setSubmitting(true);
    setFieldErrors({});
    try {
      const result = await send(requestId.current);
      requestId.current = newRequestId(); // the intent is done; a next submission is a new one
      return result;
    } catch (e) {
      if (e instanceof ServiceError && e.code === 'INVALID_INPUT') setFieldErrors(e.fields);
      toastError(e);
      return null;
    } finally {
      busy.current = false;
      setSubmitting(false);
    }
  }, [send]);

  /**
   * Sends unless the page's own checks found problems: then those show under their fields (the
   * first as a toast) and nothing is sent.
   */
  const submitChecked = useCallback(
    async (problems: FieldErrors): Promise<T | null> => {
      if (toastFirstError(problems)) {
        setFieldErrors(problems);
        return null;
      }
      return submit();
    },
    [submit],
  );

  return { submit, submitChecked, submitting, fieldErrors, setFieldErrors };
}
