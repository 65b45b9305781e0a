/**
 * Choosing photos on the phone (album or camera, compressed by WeChat before anything is sent):
 * WeChat's current chooser (chooseImage is deprecated there), H5's chooseImage. Rejects when the
 * user closes the chooser. Shared by the attachment picker (uploads at once) and the visit's
 * photo field (keeps them on the phone until the visit is sent).
 */
import Taro from '@tarojs/taro';

export interface ChosenPhoto {
  /** A temporary file on the phone (a blob: URL on H5). */
  filePath: string;
  name: string;
  size: number;
}

const baseName = (path: string) => path.split(/[\\/]/).pop() || '附件';

export async function choosePhotos(count: number): Promise<ChosenPhoto[]> {
  if (process.env.TARO_ENV === 'weapp') {
    const res = await Taro.chooseMedia({
      count,
      mediaType: ['image'],
      sizeType: ['compressed'],
      sourceType: ['album', 'camera'],
    });
    return res.tempFiles.map((f) => ({ filePath: f.tempFilePath, name: baseName(f.tempFilePath), size: f.size }));
  }
  const res = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
  return res.tempFiles.map((f) => ({
    filePath: f.path,
    name: f.originalFileObj?.name ?? baseName(f.path),
    size: f.size,
  }));
}
