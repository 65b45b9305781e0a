/**
 * Opens an exported workbook. WeChat: download it and open it with the phone's document viewer
 * (its menu forwards or saves it). H5: the browser downloads it under the export's file name.
 */
import Taro from '@tarojs/taro';
import { absoluteUrl } from '@/services/files';

export async function openExport(file: { url: string; fileName: string }): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    const { tempFilePath } = await Taro.downloadFile({ url: file.url });
    await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true });
    return;
  }
  const link = document.createElement('a');
  link.href = absoluteUrl(file.url);
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
}
