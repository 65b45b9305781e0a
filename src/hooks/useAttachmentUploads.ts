/**
 * The uploads of an AttachmentPicker: what is chosen uploads at once, one by one adding to the
 * latest value (uploads finish before the parent re-renders); a failed one waits to be retried
 * or removed. Kept apart from the picker's tiles so the picker only shows.
 */
import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { AttachmentView } from '@core/contract';
import { allowedExtOf, MAX_IMAGE_BYTES, MAX_PDF_BYTES, UPLOAD_MESSAGES, type UploadPurpose } from '@core/rules/uploads';
import { choosePhotos, type ChosenPhoto } from '@/lib/choose-photos';
import { toastInfo } from '@/lib/feedback';
import { messageOf } from '@/services/errors';
import { uploadAttachment } from '@/services/files';

export interface Chosen extends ChosenPhoto {
  pdf: boolean;
}

export interface Pending extends Chosen {
  key: string;
  status: 'uploading' | 'failed';
  progress: number;
  message?: string;
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

export interface AttachmentUploadsOptions {
  value: AttachmentView[];
  onChange: (next: AttachmentView[]) => void;
  purpose: UploadPurpose;
  max: number;
  allowPdf: boolean;
  onBusyChange?: (busy: boolean) => void;
}

export function useAttachmentUploads({
  value,
  onChange,
  purpose,
  max,
  allowPdf,
  onBusyChange,
}: AttachmentUploadsOptions) {
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

  return { pending, room, add, retry, remove, discard: (key: string) => update(key, null) };
}
