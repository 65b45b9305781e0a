/**
 * 现场照片: up to 9, taken or picked on the phone. They stay local files in the draft until the
 * visit is submitted (then uploaded first), so a visit typed without signal keeps its photos —
 * in the draft and, when sent offline, in the outbox. Tap one to view it; × removes it (asked first).
 */
import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { choosePhotos } from '@/lib/choose-photos';
import { confirm, toastError } from '@/lib/feedback';
import { keepPhoto } from '@/services/local-photos';
import type { OutboxPhoto } from '@/services/outbox-store';
import { MAX_PHOTOS } from '../lib/visit-form';
import './PhotoField.scss';

export interface PhotoFieldProps {
  photos: OutboxPhoto[];
  onChange: (photos: OutboxPhoto[]) => void;
  error?: string;
}

const nameOf = (path: string, n: number) => {
  const ext = /\.(\w+)$/.exec(path)?.[1] ?? 'jpg';
  return `走访照片${n}.${ext}`;
};

export function PhotoField({ photos, onChange, error }: PhotoFieldProps) {
  const add = async () => {
    const room = MAX_PHOTOS - photos.length;
    if (room <= 0) return;
    let paths: string[];
    try {
      paths = (await choosePhotos(room)).slice(0, room).map((p) => p.filePath);
    } catch {
      return; // cancelled
    }
    try {
      const kept = await Promise.all(paths.map(keepPhoto));
      onChange([
        ...photos,
        ...kept.map((localPath, i) => ({ localPath, name: nameOf(localPath, photos.length + i + 1) })),
      ]);
    } catch (e) {
      toastError(e);
    }
  };

  const remove = async (index: number) => {
    if (!(await confirm('删除照片', '确定删除这张照片吗？'))) return;
    onChange(photos.filter((_, i) => i !== index));
  };

  const preview = (index: number) =>
    void Taro.previewImage({ urls: photos.map((p) => p.localPath), current: photos[index]!.localPath }).catch(
      () => undefined,
    );

  return (
    <View className={`photo-field${error ? ' photo-field--error' : ''}`} data-field="photos">
      <Text className="photo-field__label">
        现场照片（{photos.length}/{MAX_PHOTOS}）
      </Text>
      <View className="photo-field__grid">
        {photos.map((p, i) => (
          <View key={p.localPath} className="photo-field__item" data-testid="photo">
            <Image className="photo-field__image" src={p.localPath} mode="aspectFill" onClick={() => preview(i)} />
            <Text className="photo-field__remove" data-testid="photo-remove" onClick={() => void remove(i)}>
              ×
            </Text>
          </View>
        ))}
        {photos.length < MAX_PHOTOS ? (
          <View className="photo-field__add" data-testid="photo-add" onClick={() => void add()}>
            <Text className="photo-field__plus">+</Text>
            <Text className="photo-field__hint">拍照/相册</Text>
          </View>
        ) : null}
      </View>
      <Text className="photo-field__tip">无网络时照片先保存在手机上，联网后随记录一起上传</Text>
      {error ? (
        <Text className="photo-field__error" data-testid="error-photos">
          {error}
        </Text>
      ) : null}
    </View>
  );
}
