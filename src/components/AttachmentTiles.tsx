/**
 * The tiles of an AttachmentPicker: an uploaded attachment (tap opens it) and one still
 * uploading or failed (tap retries), each with × to take it out.
 */
import { Image, Text, View } from '@tarojs/components';
import type { AttachmentView } from '@core/contract';
import { formatSize } from '@core/rules/uploads';
import type { Pending } from '@/hooks/useAttachmentUploads';
import { isImage, openAttachment } from '@/lib/attachments';
import { absoluteUrl } from '@/services/files';

function PdfTile({ name, size }: { name: string; size?: number }) {
  return (
    <View className="attachment-picker__pdf">
      <Text className="attachment-picker__pdf-badge">PDF</Text>
      <Text className="attachment-picker__pdf-name">{name}</Text>
      {size !== undefined ? <Text className="attachment-picker__pdf-size">{formatSize(size)}</Text> : null}
    </View>
  );
}

function RemoveMark({ onRemove }: { onRemove: () => void }) {
  return (
    <Text
      className="attachment-picker__remove"
      data-testid="attachment-remove"
      onClick={(e) => {
        e.stopPropagation();
        onRemove();
      }}
    >
      ×
    </Text>
  );
}

export function DoneTile({
  attachment: a,
  all,
  onRemove,
}: {
  attachment: AttachmentView;
  all: AttachmentView[];
  onRemove: () => void;
}) {
  return (
    <View className="attachment-picker__item" data-testid="attachment" data-status="done">
      <View className="attachment-picker__body" onClick={() => void openAttachment(a, all)}>
        {isImage(a) ? (
          <Image className="attachment-picker__thumb" src={absoluteUrl(a.url)} mode="aspectFill" />
        ) : (
          <PdfTile name={a.name} size={a.size} />
        )}
      </View>
      <RemoveMark onRemove={onRemove} />
    </View>
  );
}

export function PendingTile({
  item: p,
  onRetry,
  onRemove,
}: {
  item: Pending;
  onRetry: () => void;
  onRemove: () => void;
}) {
  return (
    <View className="attachment-picker__item" data-testid="attachment" data-status={p.status}>
      <View className="attachment-picker__body" onClick={() => (p.status === 'failed' ? onRetry() : undefined)}>
        {p.pdf ? (
          <PdfTile name={p.name} />
        ) : (
          <Image className="attachment-picker__thumb" src={p.filePath} mode="aspectFill" />
        )}
        <View className={`attachment-picker__veil attachment-picker__veil--${p.status}`}>
          <Text className="attachment-picker__veil-text">
            {p.status === 'uploading' ? `上传中 ${Math.round(p.progress)}%` : '上传失败\n点击重试'}
          </Text>
        </View>
      </View>
      <RemoveMark onRemove={onRemove} />
    </View>
  );
}
