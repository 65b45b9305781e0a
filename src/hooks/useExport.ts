/**
 * 导出 on a list page: makes the workbook and opens it (./download.ts), one at a time — a second
 * tap while one is made does nothing — and says 已导出 or why not.
 */
import { useState } from 'react';
import { toastError, toastOk } from '../lib/feedback';
import { openExport } from '../lib/download';

export function useExport(make: () => Promise<{ url: string; fileName: string }>) {
  const [exporting, setExporting] = useState(false);
  const run = async () => {
    if (exporting) return;
    setExporting(true);
    try {
      await openExport(await make());
      toastOk('已导出');
    } catch (e) {
      toastError(e);
    } finally {
      setExporting(false);
    }
  };
  return { exporting, run };
}
