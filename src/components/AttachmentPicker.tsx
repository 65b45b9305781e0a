/**
 * Choosing attachments for a form: photos (album or camera; compressed on the phone) and, on
 * WeChat, PDFs from a chat. Each choice uploads at once and shows its progress; a failed one
 * stays with 「点击重试」; × takes any out. The value is the uploaded attachments (controlled);
 * `onBusyChange` tells the form while something is still uploading, so it can hold the submit.
 */
import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import type { AttachmentView } from '@core/contract';
import {
  allowedExtOf,
  formatSize,
  MAX_ATTACHMENTS,
  MAX_IMAGE_BYTES,
  MAX_PDF_BYTES,
  UPLOAD_MESSAGES,
  type UploadPurpose,
} from '@core/rules/uploads';
import { isImage, openAttachment } from '../lib/attachments';
import { choosePhotos, type ChosenPhoto } from '../lib/choose-photos';
import { toastInfo } from '../lib/feedback';
import { messageOf } from '../services/errors';
import { absoluteUrl, uploadAttachment } from '../services/files';
import './AttachmentPicker.scss';

interface Chosen extends ChosenPhoto {
  pdf: boolean;
}

interface Pending extends Chosen {
  key: string;
  status: 'uploading' | 'failed';
  progress: number;
  message?: string;
}

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

const isWeapp = () => process.env.TARO_ENV === 'weapp';
const cancelled = (e: unknown) => /cancel/i.test(String((e as { errMsg?: string })?.errMsg ?? e));

let keySeq = 0;

async function choosePdfs(count: number): Promise<Chosen[]> {
  const res = await Taro.chooseMessageFile({ count, type: 'file', extension: ['pdf'] });
  return res.tempFiles.map((f) => ({ filePath: f.path, name: f.name, size: f.size, pdf: true }));
}

/** What the platform tells before uploading: a file of the wrong kind or plainly too big. */
function tooBig(c: Chosen): string | null {
  if (c.pdf) {
    if (allowedExtOf(c.name) !== 'pdf') return UPLOAD_MESSAGES.wrongType;
    return c.size > MAX_PDF_BYTES ? UPLOAD_MESSAGES.pdfTooLarge : null;
  }
  // WeChat compresses photos before uploading; a browser sends them as they are.
  return !isWeapp() && c.size > MAX_IMAGE_BYTES ? UPLOAD_MESSAGES.imageTooLarge : null;
}

function PdfTile({ name, size }: { name: string; size?: number }) {
  return (
    <View className="attachment-picker__pdf">
      <Text className="attachment-picker__pdf-badge">PDF</Text>
      <Text className="attachment-picker__pdf-name">{name}</Text>
      {size !== undefined ? <Text className="attachment-picker__pdf-size">{formatSize(size)}</Text> : null}
    </View>
  );
}

export function AttachmentPicker({
  value,
  onChange,
  purpose,
  max = MAX_ATTACHMENTS,
  allowPdf = true,
  onBusyChange,
  name = 'attachments',
  label = '附件',
  error,
}: AttachmentPickerProps) {
  const [pending, setPending] = useState<Pending[]>([]);
  // Uploads finish one after another before the parent re-renders: each adds to the latest value.
  const latest = useRef(value);
  latest.current = value;
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const busy = pending.some((p) => p.status === 'uploading');
  useEffect(() => {
    onBusyChange?.(busy);
  }, [busy, onBusyChange]);

  const update = (key: string, patch: Partial<Pending> | null) => {
    if (!mounted.current) return;
    setPending((list) =>
      patch === null ? list.filter((p) => p.key !== key) : list.map((p) => (p.key === key ? { ...p, ...patch } : p)),
    );
  };

  const upload = async (item: Pending) => {
    try {
      const view = await uploadAttachment({
        filePath: item.filePath,
        name: item.name,
        purpose,
        onProgress: (progress) => update(item.key, { progress }),
      });
      if (!mounted.current) return;
      const next = [...latest.current, view];
      latest.current = next;
      onChange(next);
      update(item.key, null);
    } catch (e) {
      update(item.key, { status: 'failed', message: messageOf(e) });
    }
  };

  const start = (chosen: Chosen[]) => {
    const room = max - latest.current.length - pending.length;
    const accepted: Pending[] = [];
    for (const c of chosen.slice(0, Math.max(room, 0))) {
      const problem = tooBig(c);
      if (problem) {
        toastInfo(problem);
        continue;
      }
      accepted.push({ ...c, key: `a${++keySeq}`, status: 'uploading', progress: 0 });
    }
    if (!accepted.length) return;
    setPending((list) => [...list, ...accepted]);
    for (const item of accepted) void upload(item);
  };

  const room = max - value.length - pending.length;

  const add = async () => {
    if (room <= 0) return;
    try {
      let kind: 'photo' | 'pdf' = 'photo';
      if (allowPdf && isWeapp()) {
        const sheet = await Taro.showActionSheet({ itemList: ['拍照或从相册选择', '从聊天记录选择 PDF 文件'] });
        kind = sheet.tapIndex === 1 ? 'pdf' : 'photo';
      }
      start(kind === 'pdf' ? await choosePdfs(room) : (await choosePhotos(room)).map((p) => ({ ...p, pdf: false })));
    } catch (e) {
      if (!cancelled(e)) toastInfo('没能打开相册或文件，请检查权限后重试');
    }
  };

  const retry = (item: Pending) => {
    update(item.key, { status: 'uploading', progress: 0, message: undefined });
    void upload({ ...item, status: 'uploading', progress: 0 });
  };

  const remove = (id: string) => {
    const next = latest.current.filter((a) => a.id !== id);
    latest.current = next;
    onChange(next);
  };

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
          <View key={a.id} className="attachment-picker__item" data-testid="attachment" data-status="done">
            <View className="attachment-picker__body" onClick={() => void openAttachment(a, value)}>
              {isImage(a) ? (
                <Image className="attachment-picker__thumb" src={absoluteUrl(a.url)} mode="aspectFill" />
              ) : (
                <PdfTile name={a.name} size={a.size} />
              )}
            </View>
            <Text
              className="attachment-picker__remove"
              data-testid="attachment-remove"
              onClick={(e) => {
                e.stopPropagation();
                remove(a.id);
              }}
            >
              ×
            </Text>
          </View>
        ))}
        {pending.map((p) => (
          <View key={p.key} className="attachment-picker__item" data-testid="attachment" data-status={p.status}>
            <View className="attachment-picker__body" onClick={() => (p.status === 'failed' ? retry(p) : undefined)}>
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
            <Text
              className="attachment-picker__remove"
              data-testid="attachment-remove"
              onClick={(e) => {
                e.stopPropagation();
                update(p.key, null);
              }}
            >
              ×
            </Text>
          </View>
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
