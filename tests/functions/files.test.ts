/**
 * Attachments through the runtime on real files in a temp dir: files.register checks a stored
 * file (type by its bytes and a full decode as that type, size, the caller's own folder), so a
 * signature followed by an HTML page never passes as an image or a PDF; it removes what it refuses and records
 * each file once; consult.book and archive.createRecord attach only the caller's own uploads,
 * and only single-record reads resolve their URLs.
 */
import type { AttachmentView, Booking, ConsultationRecord } from '../../core/contract';
import { uploadPath } from '../../core/rules/uploads';
import type { UploadDoc } from '../../core/store/docs';
import type { CollectionName } from '../../core/store/schema';
import { bookingInput, seedBooking, stationConsultant } from '../support/consult-seed';
import { failed, ok } from '../support/envelope';
import { newRequestId, OWN_STATION } from '../support/fixtures';
import {
  exeBytes,
  jpegBytes,
  jpegPolyglot,
  MB,
  pdfBytes,
  pdfHeader,
  pdfOfSize,
  pdfPolyglot,
  pngBytes,
  pngOfSize,
  pngPolyglot,
  sized,
  textBytes,
  webpBytes,
} from '../support/upload-files';
import { createWorld, OWN_COMPANY, seedMember, type Actor, type World } from '../support/world';

let world: World;
/** A real one-page PDF (pdf-lib writes asynchronously, so it is made once here). */
let pdf: Buffer;
beforeAll(async () => {
  world = await createWorld();
  pdf = await pdfBytes();
});
afterAll(() => world.close());

const now = () => world.clock.now();

/** Puts bytes where the client would (its own folder unless told), as Taro.cloud.uploadFile does. */
async function stored(owner: Actor, bytes: Buffer, ext: string, path = uploadPath(owner.userId, ext)) {
  const file = await world.files.put(path, new Uint8Array(bytes), 'application/octet-stream');
  return file.fileId;
}

const register = (actor: Actor | null, fileId: string, name = '现场照片.png', purpose = 'booking') =>
  world.run('files', { action: 'register', fileId, name, purpose }, actor);

const uploadsOf = (ownerId: string) => world.store.find<UploadDoc>('uploads', { where: { ownerId } });

/** A stored, registered upload of `owner`: its view. */
async function uploaded(owner: Actor, bytes: Buffer = pngBytes(), ext = 'png', name = '照片.png') {
  return ok<AttachmentView>(await register(owner, await stored(owner, bytes, ext), name));
}

const aUser = () => world.actor('user');

describe('files.register', () => {
  it.each([
    ['a PNG', () => pngBytes(), 'png', 'image/png'],
    ['a JPEG', () => jpegBytes(), 'jpg', 'image/jpeg'],
    ['a PDF', () => pdf, 'pdf', 'application/pdf'],
  ])('registers %s of the caller, typed by its bytes, with a signed URL', async (_n, bytesOf, ext, type) => {
    const me = await aUser();
    const bytes = bytesOf();
    const fileId = await stored(me, bytes, ext);
    const view = ok<AttachmentView>(await register(me, fileId, `资料.${ext}`, 'record'));
    expect(view).toMatchObject({ name: `资料.${ext}`, contentType: type, size: bytes.length });
    expect(view.id).toMatch(/^up_/);
    const path = fileId.slice('local:'.length);
    expect(view.url).toMatch(new RegExp(`^/files/${path}\\?exp=\\d+&sig=[A-Za-z0-9_-]{43}$`));
    expect(await uploadsOf(me.userId)).toEqual([
      expect.objectContaining({ _id: view.id, fileId, purpose: 'record', contentType: type }),
    ]);
  });

  it('keeps only the last part of a name sent with a path', async () => {
    const me = await aUser();
    const view = ok<AttachmentView>(await register(me, await stored(me, pngBytes(), 'png'), 'C:\\照片\\门牌.png'));
    expect(view.name).toBe('门牌.png');
  });

  it('registering the same file twice answers the same upload, stored once', async () => {
    const me = await aUser();
    const fileId = await stored(me, jpegBytes(), 'jpg');
    const first = ok<AttachmentView>(await register(me, fileId));
    const again = ok<AttachmentView>(await register(me, fileId));
    expect(again).toEqual(first);
    expect(await uploadsOf(me.userId)).toHaveLength(1);
  });

  const BROKEN = '附件：文件已损坏或不是有效的图片、PDF，请重新选择';
  /** A real PNG with one byte of its pixel data changed: the chunk's CRC no longer matches. */
  const badCrcPng = () => {
    const png = pngBytes(4, 4);
    png[png.indexOf('IDAT') + 6]! ^= 0xff;
    return png;
  };
  it.each([
    ['an .exe renamed .jpg', () => exeBytes(), 'jpg', '附件：只支持 JPG、PNG 图片和 PDF 文件'],
    ['a text file renamed .jpg', () => textBytes(), 'jpg', '附件：只支持 JPG、PNG 图片和 PDF 文件'],
    ['a WebP renamed .png', () => webpBytes(), 'png', '附件：图片格式不支持，请上传 JPG 或 PNG 图片'],
    ['an empty file', () => Buffer.alloc(0), 'png', '附件：文件是空的，请重新选择'],
    ['an image over 5 MB', () => sized(pngBytes(), 5 * MB + 1), 'png', '附件：图片不能超过 5 MB'],
    ['a PDF over 10 MB', () => sized(pdf, 10 * MB + 1), 'pdf', '附件：PDF 文件不能超过 10 MB'],
    ['a PDF named .jpg', () => pdf, 'jpg', '附件：文件内容与扩展名不符，请重新选择'],
    ['a PNG signature followed by an HTML page', () => pngPolyglot(), 'png', BROKEN],
    ['a JPEG start followed by an HTML page', () => jpegPolyglot(), 'jpg', BROKEN],
    ['%PDF- followed by an HTML page', () => pdfPolyglot(), 'pdf', BROKEN],
    ['a PDF start padded with zeros', () => pdfHeader(), 'pdf', BROKEN],
    ['a PNG with a wrong CRC', badCrcPng, 'png', BROKEN],
    ['a PNG with a page after its end', () => Buffer.concat([pngBytes(), pngPolyglot()]), 'png', BROKEN],
    ['a JPEG cut short', () => jpegBytes(16, 16).subarray(0, 200), 'jpg', BROKEN],
    ['a JPEG with a page after its end', () => Buffer.concat([jpegBytes(), jpegPolyglot()]), 'jpg', BROKEN],
  ])('refuses %s: INVALID_INPUT naming 附件, the file removed, nothing recorded', async (_n, bytesOf, ext, says) => {
    const me = await aUser();
    const fileId = await stored(me, bytesOf(), ext);
    const error = failed(await register(me, fileId), 'INVALID_INPUT');
    expect(error.message).toBe(says);
    expect(error.fields).toEqual({ fileId: says });
    expect(await world.files.get(fileId)).toBeNull();
    expect(await uploadsOf(me.userId)).toEqual([]);
  });

  it('takes a 5 MB image and a 10 MB PDF (the limits themselves)', async () => {
    const me = await aUser();
    ok(await register(me, await stored(me, pngOfSize(5 * MB), 'png')));
    ok(await register(me, await stored(me, await pdfOfSize(10 * MB), 'pdf'), '合同.pdf'));
    expect(await uploadsOf(me.userId)).toHaveLength(2);
  });

  it("refuses another person's file (FORBIDDEN) and leaves it where it is", async () => {
    const [owner, thief] = [await aUser(), await aUser()];
    const fileId = await stored(owner, pngBytes(), 'png');
    const error = failed(await register(thief, fileId), 'FORBIDDEN');
    expect(error.message).toBe('附件：只能登记您自己上传的文件');
    expect(await world.files.get(fileId)).not.toBeNull();
    expect(await uploadsOf(thief.userId)).toEqual([]);
    expect(await uploadsOf(owner.userId)).toEqual([]);
  });

  it.each([
    ['outside the uploads area', (me: Actor) => `local:exports/${me.userId}/a.png`, 'FORBIDDEN'],
    ['a folder below one’s own', (me: Actor) => `local:uploads/${me.userId}/sub/a.png`, 'INVALID_INPUT'],
    ['a climb out of one’s folder', (me: Actor) => `local:uploads/${me.userId}/../other/a.png`, 'INVALID_INPUT'],
    ['an extension not allowed', (me: Actor) => `local:uploads/${me.userId}/a.exe`, 'INVALID_INPUT'],
    ['an unknown kind of file id', (me: Actor) => `http://example.com/uploads/${me.userId}/a.png`, 'INVALID_INPUT'],
  ] as const)('refuses a file id %s', async (_n, fileIdOf, code) => {
    const me = await aUser();
    failed(await register(me, fileIdOf(me)), code);
    expect(await uploadsOf(me.userId)).toEqual([]);
  });

  it('answers NOT_FOUND for a file that was never stored', async () => {
    const me = await aUser();
    const error = failed(await register(me, `local:uploads/${me.userId}/nothing.png`), 'NOT_FOUND');
    expect(error.message).toBe('附件：文件不存在或已过期，请重新上传');
  });

  it('asks for a sign-in first', async () => {
    failed(await register(null, 'local:uploads/x/a.png'), 'UNAUTHENTICATED');
  });
});

/* ---------- Attaching uploads to records ---------- */

const WRITTEN: CollectionName[] = [
  'bookings',
  'slot_holds',
  'booking_quota',
  'consultation_records',
  'requests_log',
  'audit_log',
  'notifications',
];
const writtenCounts = async () =>
  Object.fromEntries(await Promise.all(WRITTEN.map(async (c) => [c, await world.store.count(c)] as const)));

const companyStaff = () => seedMember(world.store, now(), 'company', { companyId: OWN_COMPANY }, '企业联系人');

const bookingWith = async (attachments: string[]) => ({
  ...(await bookingInput(world.store, now(), OWN_STATION)),
  attachments,
});

const book = async (actor: Actor, attachments: string[]) =>
  world.run('consult', { action: 'book', ...(await bookingWith(attachments)) }, actor);

/** The station consultant every seeded booking goes to. */
const stationExpert = async (): Promise<Actor> => ({
  userId: await stationConsultant(world.store, now(), OWN_STATION),
});

describe('attachments on a booking (consult.book)', () => {
  it("keeps the booker's uploads: getBooking shows them with URLs, the list leaves them out", async () => {
    const staff = await companyStaff();
    const photo = await uploaded(staff, pngBytes(), 'png', '商标样稿.png');
    const contract = await uploaded(staff, pdf, 'pdf', '委托合同.pdf');
    const booked = ok<Booking>(await book(staff, [photo.id, contract.id]));
    expect(booked.attachments).toEqual([]);

    const read = ok<Booking>(await world.run('consult', { action: 'getBooking', bookingId: booked.id }, staff));
    expect(read.attachments).toEqual([photo, contract]);
    // The consultant preparing the consultation sees the same files.
    const expert = await stationExpert();
    const theirs = ok<Booking>(await world.run('consult', { action: 'getBooking', bookingId: booked.id }, expert));
    expect(theirs.attachments.map((a) => a.name)).toEqual(['商标样稿.png', '委托合同.pdf']);

    const page = ok<{ items: Booking[] }>(await world.run('consult', { action: 'listBookings', pageSize: 50 }, staff));
    expect(page.items.find((b) => b.id === booked.id)!.attachments).toEqual([]);
  });

  it("refuses someone else's upload: INVALID_INPUT naming 附件, nothing written", async () => {
    const [staff, stranger] = [await companyStaff(), await aUser()];
    const theirs = await uploaded(stranger);
    const before = await writtenCounts();
    const error = failed(await book(staff, [theirs.id]), 'INVALID_INPUT');
    expect(error.fields).toEqual({ attachments: '附件：文件不存在或不是您上传的，请重新上传' });
    expect(await writtenCounts()).toEqual(before);
  });

  it('refuses an upload id that does not exist, and ten attachments', async () => {
    const staff = await companyStaff();
    const before = await writtenCounts();
    expect(failed(await book(staff, ['up_nothing']), 'INVALID_INPUT').fields?.attachments).toMatch(/^附件：/);
    const ten = Array.from({ length: 10 }, (_, i) => `up_${i}`);
    expect(failed(await book(staff, ten), 'INVALID_INPUT').fields).toEqual({ attachments: '附件：最多 9 个' });
    expect(await writtenCounts()).toEqual(before);
  });
});

describe('attachments on an archive record (archive.createRecord)', () => {
  const recordInput = (bookingId: string, attachments: string[]) => ({
    clientRequestId: newRequestId('record'),
    bookingId,
    category: 'consulting',
    summary: '咨询商标注册流程和材料',
    answer: '建议先做近似检索，再准备申请材料',
    durationMinutes: 30,
    attachments,
  });

  it("keeps the writer's uploads: getRecord shows them to the station and to the company", async () => {
    const expert = await stationExpert();
    const bookingId = await seedBooking(world.store, now(), OWN_STATION, OWN_COMPANY);
    const scan = await uploaded(expert, jpegBytes(), 'jpg', '检索报告.jpg');
    const created = ok<ConsultationRecord>(
      await world.run('archive', { action: 'createRecord', ...recordInput(bookingId, [scan.id]) }, expert),
    );
    expect(created.attachments).toEqual([]);

    const station = ok<ConsultationRecord>(
      await world.run('archive', { action: 'getRecord', recordId: created.id }, expert),
    );
    expect(station.attachments).toEqual([scan]);
    const company = ok<ConsultationRecord>(
      await world.run('archive', { action: 'getRecord', recordId: created.id }, await companyStaff()),
    );
    expect(company).toMatchObject({ view: 'company', attachments: [scan] });
  });

  it("refuses the company's own upload (or anyone else's): INVALID_INPUT naming 附件, nothing written", async () => {
    const expert = await stationExpert();
    const staff = await companyStaff();
    const companyFile = await uploaded(staff);
    const bookingId = await seedBooking(world.store, now(), OWN_STATION, OWN_COMPANY);
    const before = await writtenCounts();
    const error = failed(
      await world.run('archive', { action: 'createRecord', ...recordInput(bookingId, [companyFile.id]) }, expert),
      'INVALID_INPUT',
    );
    expect(error.fields).toEqual({ attachments: '附件：文件不存在或不是您上传的，请重新上传' });
    expect(await writtenCounts()).toEqual(before);
  });
});
