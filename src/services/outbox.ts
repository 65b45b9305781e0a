/**
 * The outbox (待发送): visits submitted without network wait here, on the phone, until they can
 * be sent — a liaison logs visits inside factories with poor signal.
 *
 *  - Kept in Taro storage (./outbox-store.ts), so closing the app loses nothing.
 *  - Each entry keeps the clientRequestId its submission was made with and sends it on every
 *    try: the server answers a replay with the first visit (its id derives from that id), so a
 *    visit that did reach the server before the answer was lost is never logged twice.
 *  - Photos are kept as local files and uploaded first when the entry is sent; each upload's id
 *    is stored as soon as it is known, so a later try does not upload it again.
 *  - Sent again by itself when the network returns (Taro.onNetworkStatusChange), when the app is
 *    shown, and by hand (重试 on 待发送).
 *  - An answer the entry cannot pass by waiting (INVALID_INPUT, or the company or role is gone)
 *    turns it back into a draft with the message: the liaison corrects it in the form.
 *  - Entries belong to the person who wrote them: only theirs are shown and sent.
 */
import Taro from '@tarojs/taro';
import type { StationVisit } from '@core/contract';
import { ServiceError, messageOf } from './errors';
import { uploadAttachment } from './files';
import { forgetPhotos } from './local-photos';
import { logVisit } from './visit';
import { outboxOf, removeOutboxEntry, updateOutboxEntry, type OutboxPhoto, type VisitPayload } from './outbox-store';

export * from './outbox-store';

/* ---------- sending ---------- */

export interface Submission {
  clientRequestId: string;
  payload: VisitPayload;
  photos: OutboxPhoto[];
}

/**
 * Uploads the photos not uploaded yet (telling `onPhotos` each time one gets its id), then logs
 * the visit with the submission's own clientRequestId. Throws ServiceError: NETWORK when offline.
 */
export async function sendVisit(s: Submission, onPhotos?: (photos: OutboxPhoto[]) => void): Promise<StationVisit> {
  const photos = s.photos.map((p) => ({ ...p }));
  for (const photo of photos) {
    if (photo.uploadId) continue;
    try {
      photo.uploadId = (await uploadAttachment({ filePath: photo.localPath, name: photo.name, purpose: 'visit' })).id;
    } catch (e) {
      if (e instanceof ServiceError) throw e;
      // The local file is gone (cleared by the system): only the liaison can choose it again.
      const message = `照片「${photo.name}」已无法读取，请删除后重新选择`;
      throw new ServiceError('INVALID_INPUT', message, { photos: `照片：${message}` });
    }
    onPhotos?.(photos.map((p) => ({ ...p })));
  }
  return logVisit({ ...s.payload, clientRequestId: s.clientRequestId, photos: photos.map((p) => p.uploadId!) });
}

/** Failures that waiting cannot fix: the entry goes back to a draft to be corrected. */
const RETURNED_CODES = new Set(['INVALID_INPUT', 'FORBIDDEN', 'NOT_FOUND']);

export interface FlushResult {
  sent: StationVisit[];
  returned: number;
  waiting: number;
}

let flushing: Promise<FlushResult> | null = null;

async function flush(ownerId: string): Promise<FlushResult> {
  const result: FlushResult = { sent: [], returned: 0, waiting: 0 };
  let offline = false;
  for (const entry of outboxOf(ownerId).filter((e) => e.status === 'waiting')) {
    if (offline) {
      result.waiting++;
      continue;
    }
    const tried = { attempts: entry.attempts + 1, lastTriedAt: Date.now() };
    try {
      const visit = await sendVisit(
        { clientRequestId: entry.id, payload: entry.payload, photos: entry.photos },
        (photos) => updateOutboxEntry(entry.id, { photos }),
      );
      removeOutboxEntry(entry.id);
      forgetPhotos(entry.photos.map((p) => p.localPath));
      result.sent.push(visit);
    } catch (e) {
      const code = e instanceof ServiceError ? e.code : 'INTERNAL';
      if (RETURNED_CODES.has(code)) {
        const fields = e instanceof ServiceError ? e.fields : {};
        updateOutboxEntry(entry.id, { ...tried, status: 'returned', message: messageOf(e), fields });
        result.returned++;
        continue;
      }
      // Offline or signed out: the rest would fail the same way; try them all next time.
      if (code === 'NETWORK' || code === 'UNAUTHENTICATED') offline = true;
      updateOutboxEntry(entry.id, { ...tried, message: messageOf(e) });
      result.waiting++;
    }
  }
  return result;
}

/**
 * Sends the person's waiting entries, oldest first. One run at a time: a call while one runs
 * gets that run's result (the network event and the app showing often come together).
 */
export function flushOutbox(ownerId: string): Promise<FlushResult> {
  if (!flushing) {
    flushing = flush(ownerId).finally(() => {
      flushing = null;
    });
  }
  return flushing;
}

/* ---------- sending by itself ---------- */

let currentOwner: () => string | null = () => null;
let started = false;

/** Tells the person what was sent by itself, or what needs their correction. */
function report(r: FlushResult): void {
  if (r.returned > 0) {
    void Taro.showToast({ title: `${r.returned} 条走访记录需修改，请在“待发送”中查看`, icon: 'none', duration: 3000 });
  } else if (r.sent.length > 0) {
    void Taro.showToast({ title: `已发送 ${r.sent.length} 条走访记录`, icon: 'success', duration: 2000 });
  }
}

/**
 * Sends what waits for the signed-in person now (app shown, network back); quiet when nothing
 * does. A run already under way (the other event of the two, or 重试发送) is left to tell its
 * own result, so it is told once.
 */
export async function retryOutbox(): Promise<void> {
  const owner = currentOwner();
  if (!owner || flushing || !outboxOf(owner).some((e) => e.status === 'waiting')) return;
  report(await flushOutbox(owner));
}

/** Once, at launch: who is signed in, and sending again when the network comes back. */
export function startOutbox(owner: () => string | null): void {
  currentOwner = owner;
  if (started) return;
  started = true;
  try {
    Taro.onNetworkStatusChange((res) => {
      if (res.isConnected) void retryOutbox();
    });
  } catch {
    // A platform without network events still sends on show and by hand.
  }
}
