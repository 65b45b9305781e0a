/**
 * The studio application being typed, kept on the phone as it is typed: appendix A is long and
 * filled in over several sittings, so leaving the page or closing the app loses nothing. One
 * draft per company (its key below), restored over the ledger's prefill when the form opens
 * again, cleared once the application is sent. Kept in Taro storage under its own key, like the
 * home page's district: only this page reads and writes it.
 */
import Taro from '@tarojs/taro';
import { restoredForm, type ApplyForm } from './form';

/** The draft's key on the phone, one per company. */
export const studioDraftKey = (companyId: string) => `ip-station.studio-draft.${companyId}`;

interface StoredDraft {
  form: ApplyForm;
  savedAt: number;
}

export function loadStudioDraft(companyId: string): ApplyForm | null {
  try {
    const stored = Taro.getStorageSync(studioDraftKey(companyId)) as StoredDraft | '' | undefined;
    return stored ? restoredForm(stored.form) : null;
  } catch {
    return null;
  }
}

export function saveStudioDraft(companyId: string, form: ApplyForm): void {
  try {
    Taro.setStorageSync(studioDraftKey(companyId), { form, savedAt: Date.now() } satisfies StoredDraft);
  } catch {
    // Storage full or refused: what is typed stays on the page until it closes.
  }
}

export function clearStudioDraft(companyId: string): void {
  try {
    Taro.removeStorageSync(studioDraftKey(companyId));
  } catch {
    // Nothing to clear.
  }
}
