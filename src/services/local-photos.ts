/**
 * Photos taken on a visit, kept on the phone until they are uploaded. WeChat clears the temp
 * files chooseImage gives after a while (and when the app closes), so on WeChat each one is copied
 * into the app's own user-data folder — a visit waiting in the outbox for a day keeps its photos —
 * and removed once the visit is sent. Elsewhere (H5) the path is kept as it is.
 */
import Taro from '@tarojs/taro';

const isWeapp = () => process.env.TARO_ENV === 'weapp';
let seq = 0;

/** A lasting path for a just-taken photo (the temp path itself when it cannot be copied). */
export async function keepPhoto(tempPath: string): Promise<string> {
  const dir = Taro.env?.USER_DATA_PATH;
  if (!isWeapp() || !dir) return tempPath;
  const ext = /\.(\w+)$/.exec(tempPath)?.[1] ?? 'jpg';
  const filePath = `${dir}/visit-photo-${Date.now()}-${++seq}.${ext}`;
  try {
    await new Promise<void>((resolve, reject) =>
      Taro.getFileSystemManager().saveFile({
        tempFilePath: tempPath,
        filePath,
        success: () => resolve(),
        fail: reject,
      }),
    );
    return filePath;
  } catch {
    return tempPath;
  }
}

/** Removes kept copies once their visit was sent (temp paths are the system's to clear). */
export function forgetPhotos(paths: string[]): void {
  const dir = Taro.env?.USER_DATA_PATH;
  if (!isWeapp() || !dir) return;
  for (const filePath of paths) {
    if (!filePath.startsWith(dir)) continue;
    try {
      Taro.getFileSystemManager().unlink({ filePath, fail: () => undefined });
    } catch {
      // Already gone.
    }
  }
}
