/**
 * Whether an uploaded file really is what its first bytes claim: the server's check of every
 * attachment (files.register on both platforms, and the host's upload endpoint before it stores
 * anything).
 *
 * A signature check alone let a PNG or PDF signature followed by `<html><script>…` through as an
 * image or a PDF. So the whole file is decoded by a real parser of its type, in pure JS so the
 * same code runs in the CloudBase bundle:
 *  - PNG: pngjs reads every chunk, checks every CRC, inflates and unfilters the pixels, and
 *    refuses anything after IEND;
 *  - JPEG: image-size walks the marker segments to the frame header (its size within bounds),
 *    and the file must close with the end-of-image marker. Not a full decode: jpeg-js took 11 s
 *    for one 12 MP photo on this (busy) 2-core machine, which would stall every other request on the
 *    host and pass a cloud function's default 3 s timeout; and a decode proves little more, since
 *    a JPEG may legally carry any bytes in a comment segment. What keeps such bytes from ever
 *    running is how files are served (server/file-route.ts: the detected type, nosniff, a
 *    sandbox CSP);
 *  - PDF: pdf-lib parses the objects and must find at least one page.
 * Anything else (WebP, GIF, …) was already refused by the first-bytes check in core/rules/uploads.
 */
import { imageSize } from 'image-size';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { checkUpload, UPLOAD_MESSAGES, type UploadCheck } from '../../core/rules/uploads';

/**
 * The most pixels an image may have: 50 MP is past any phone's ordinary photo (12–50 MP) and
 * keeps a decode within a cloud function's memory.
 */
export const MAX_IMAGE_MEGAPIXELS = 50;

type Verdict = 'ok' | 'undecodable' | 'tooManyPixels';

/** The width and height an IHDR chunk declares (the first chunk, right after the signature). */
function pngDimensions(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function checkPng(bytes: Buffer): Verdict {
  const size = pngDimensions(bytes);
  if (!size) return 'undecodable';
  // Checked before decoding: pngjs would allocate width × height × 4 bytes for what a header claims.
  if (size.width * size.height > MAX_IMAGE_MEGAPIXELS * 1_000_000) return 'tooManyPixels';
  try {
    const png = PNG.sync.read(bytes);
    return png.width > 0 && png.height > 0 ? 'ok' : 'undecodable';
  } catch {
    return 'undecodable';
  }
}

/** JPEG's end-of-image marker: a file cut short, or with something appended, does not end with it. */
const endsWithEoi = (bytes: Buffer) =>
  bytes.length > 4 && bytes[bytes.length - 2] === 0xff && bytes[bytes.length - 1] === 0xd9;

function checkJpeg(bytes: Buffer): Verdict {
  try {
    const size = imageSize(bytes);
    if (size.type !== 'jpg' || !size.width || !size.height || !endsWithEoi(bytes)) return 'undecodable';
    return size.width * size.height > MAX_IMAGE_MEGAPIXELS * 1_000_000 ? 'tooManyPixels' : 'ok';
  } catch {
    return 'undecodable';
  }
}

async function checkPdf(bytes: Buffer): Promise<Verdict> {
  try {
    // Encrypted PDFs (print-protected forms from official sites) are real documents: their
    // structure parses without the key, which is all this check needs.
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    return doc.getPageCount() > 0 ? 'ok' : 'undecodable';
  } catch {
    return 'undecodable';
  }
}

/**
 * What `bytes` may be stored and served as: the first-bytes check (type, size), then a full
 * decode as that type. Refusals carry the Chinese message for the 附件 field.
 */
export async function checkFileContent(bytes: Uint8Array): Promise<UploadCheck> {
  const first = checkUpload(bytes);
  if (!first.ok) return first;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const verdict =
    first.contentType === 'image/png'
      ? checkPng(buffer)
      : first.contentType === 'image/jpeg'
        ? checkJpeg(buffer)
        : await checkPdf(buffer);
  if (verdict === 'ok') return first;
  return { ok: false, message: UPLOAD_MESSAGES[verdict] };
}
