/**
 * Choosing attachments for a form: photos (album or camera; compressed on the phone) and, on
 * WeChat, PDFs from a chat. Each choice uploads at once and shows its progress; a failed one
 * stays with 「点击重试」; × takes any out. The value is the uploaded attachments (controlled);
 * `onBusyChange` tells the form while something is still uploading, so it can hold the submit.
 */
import { Text, View } from '@tarojs/components';
import type { AttachmentView } from '@core/contract';
import { MAX_ATTACHMENTS, type UploadPurpose } from '@core/rules/uploads';
import { DoneTile, PendingTile } from '@/components/AttachmentTiles';
import { useAttachmentUploads } from '@/hooks/useAttachmentUploads';
import './AttachmentPicker.scss';

export interface AttachmentPickerProps {
  value: AttachmentView[];
  onChange: (next: AttachmentView[]) => void;
  purpose: UploadPurpose;
  /** At most this many (default 9). */
  max?: number;
  /** PDFs too (WeChat: chosen from a chat). Default true. */
  allowPdf?: boolean;
  onBusyChange?: (busy: boolean) => void;
  /** Field name for tests and error anchors (FormField's data-field). */
  name?: string;
  label?: string;
  error?: string;
}

export function AttachmentPicker(props: AttachmentPickerProps) {
  const { value, max = MAX_ATTACHMENTS, allowPdf = true, name = 'attachments', label = '附件', error } = props;
  const { pending, room, add, retry, remove, discard } = useAttachmentUploads({ ...props, max, allowPdf });

  return (
    <View className={`attachment-picker${error ? ' attachment-picker--error' : ''}`} data-field={name}>
      <View className="attachment-picker__head">
        <Text className="attachment-picker__label">{label}</Text>
        <Text className="attachment-picker__hint" data-testid="attachment-count">
          {value.length + pending.length}/{max} · {allowPdf ? '图片或 PDF' : '图片'}
        </Text>
      </View>
      <View className="attachment-picker__grid">
        {value.map((a) => (
          <DoneTile key={a.id} attachment={a} all={value} onRemove={() => remove(a.id)} />
        ))}
        {pending.map((p) => (
          <PendingTile key={p.key} item={p} onRetry={() => retry(p)} onRemove={() => discard(p.key)} />
        ))}
        {room > 0 ? (
          <View className="attachment-picker__add" data-testid="attachment-add" onClick={() => void add()}>
            <Text className="attachment-picker__add-plus">+</Text>
            <Text className="attachment-picker__add-text">添加</Text>
          </View>
        ) : null}
      </View>
      {pending.some((p) => p.status === 'failed') ? (
        <Text className="attachment-picker__failed" data-testid="attachment-failed">
          {pending.find((p) => p.status === 'failed')?.message ?? '上传失败'}（点击该文件重试，或点 × 移除）
        </Text>
      ) : null}
      {error ? (
        <Text className="attachment-picker__error" data-testid={`error-${name}`}>
          {error}
        </Text>
      ) : null}
    </View>
  );
}
