/**
 * Opening an attachment: photos in the platform's image viewer (swiping through the record's
 * photos), a PDF in WeChat's document viewer (downloaded first) or a new browser tab on H5.
 */
import Taro from '@tarojs/taro';
import type { AttachmentView } from '@core/contract';
import { isImageType } from '@core/rules/uploads';
import { absoluteUrl } from '../services/files';
import { toastInfo } from './feedback';

export const isImage = (a: Pick<AttachmentView, 'contentType'>) => isImageType(a.contentType);

/** Shows `item`: images in the viewer among `all` the images, a PDF as a document. */
export async function openAttachment(item: AttachmentView, all: AttachmentView[] = [item]): Promise<void> {
  const url = absoluteUrl(item.url);
  if (isImage(item)) {
    const urls = all.filter(isImage).map((a) => absoluteUrl(a.url));
    await Taro.previewImage({ current: url, urls: urls.length ? urls : [url] });
    return;
  }
  if (process.env.TARO_ENV !== 'weapp') {
    window.open(url, '_blank');
    return;
  }
  try {
    const file = await Taro.downloadFile({ url });
    await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'pdf', showMenu: true });
  } catch {
    toastInfo('文件打开失败，请稍后重试');
  }
}
