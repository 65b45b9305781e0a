/**
 * A record's attachments for reading: photos as a grid of thumbnails (tap: the image viewer,
 * swiping through all of them), PDFs as rows with name and size (tap: open the document).
 * Shows nothing when there are none; the page decides whether to say so.
 */
import { Image, Text, View } from '@tarojs/components';
import type { AttachmentView } from '@core/contract';
import { formatSize } from '@core/rules/uploads';
import { isImage, openAttachment } from '../lib/attachments';
import { absoluteUrl } from '../services/files';
import './AttachmentList.scss';

export interface AttachmentListProps {
  items: AttachmentView[];
  title?: string;
}

export function AttachmentList({ items, title = '附件' }: AttachmentListProps) {
  if (!items.length) return null;
  const images = items.filter(isImage);
  const documents = items.filter((a) => !isImage(a));
  return (
    <View className="attachment-list" data-testid="attachment-list">
      <Text className="attachment-list__title">
        {title}（{items.length}）
      </Text>
      {images.length ? (
        <View className="attachment-list__grid">
          {images.map((a) => (
            <View
              key={a.id}
              className="attachment-list__photo"
              data-testid="attachment-photo"
              onClick={() => void openAttachment(a, items)}
            >
              <Image className="attachment-list__thumb" src={absoluteUrl(a.url)} mode="aspectFill" lazyLoad />
            </View>
          ))}
        </View>
      ) : null}
      {documents.map((a) => (
        <View
          key={a.id}
          className="attachment-list__doc"
          data-testid="attachment-doc"
          onClick={() => void openAttachment(a, items)}
        >
          <Text className="attachment-list__badge">PDF</Text>
          <Text className="attachment-list__name">{a.name}</Text>
          <Text className="attachment-list__size">{formatSize(a.size)}</Text>
        </View>
      ))}
    </View>
  );
}
