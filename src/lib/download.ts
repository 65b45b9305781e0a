/**
 * Opens an exported workbook, or a report (a PDF, told by its file name). WeChat: download it and
 * open it with the phone's document viewer (its menu forwards or saves it). H5: fetch it and save
 * it under the export's file name — through a blob, because the file route names every download
 * by its stored (random) name, and a link's `download` name only wins over that for a same-document
 * blob.
 */
import Taro from '@tarojs/taro';
import { absoluteUrl } from '../services/files';

/** How long the saved blob stays addressable (the browser has long started saving by then). */
const BLOB_LIFETIME_MS = 60_000;

export async function openExport(file: { url: string; fileName: string }): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    const { tempFilePath } = await Taro.downloadFile({ url: file.url });
    const fileType = /\.pdf$/i.test(file.fileName) ? 'pdf' : 'xlsx';
    await Taro.openDocument({ filePath: tempFilePath, fileType, showMenu: true });
    return;
  }
  const res = await fetch(absoluteUrl(file.url));
  if (!res.ok) throw new Error('文件下载失败，请稍后重试');
  const href = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), BLOB_LIFETIME_MS);
}
