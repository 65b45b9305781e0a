/**
 * AttachmentPicker on H5, through the real upload service: choosing a photo (Taro.chooseImage)
 * sends its bytes to POST /api/upload with the bearer token, registers the file
 * (POST /api/fn/files) and shows it; × removes it; a failed upload offers a retry; the add
 * button goes when the limit is reached; the form hears when something is still uploading.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { AttachmentView } from '@core/contract';
import { AttachmentPicker } from '@/components/AttachmentPicker';
import { writeSession } from '@/services/session-token';
import { bodyText, byTestId, deferred, mountPage, waitFor, type MountedPage } from './support/page-harness';
import { mockTaro, toastTitles, type TaroMocks } from './support/taro-mocks';

const TOKEN = 'tok_0123456789abcdefghijklmnop';

const aView = (id: string, overrides: Partial<AttachmentView> = {}): AttachmentView => ({
  id,
  name: `${id}.png`,
  contentType: 'image/png',
  size: 2048,
  url: `/files/uploads/u-co/${id}.png`,
  ...overrides,
});

type RequestOptions = { url: string; method?: string; data?: unknown; header?: Record<string, string> };
const ok = <T,>(data: T) => ({ statusCode: 200, header: {}, errMsg: 'ok', data: { ok: true, data } });

let taro: TaroMocks;
let page: MountedPage | undefined;
let request: jest.SpyInstance;
let chooseImage: jest.SpyInstance;
let busy: boolean[];
let value: AttachmentView[];
const realFetch = globalThis.fetch;

/** A page holding the picker's value, as a form does. */
function harness(initial: AttachmentView[] = [], max?: number) {
  return function Form() {
    const [items, setItems] = useState(initial);
    value = items;
    return (
      <View>
        <AttachmentPicker
          value={items}
          onChange={setItems}
          purpose="booking"
          max={max}
          onBusyChange={(b) => busy.push(b)}
        />
        <Text data-testid="value">{items.map((a) => a.id).join(',')}</Text>
      </View>
    );
  };
}

const PHOTO = { path: 'blob:http://localhost/photo-1', size: 180_000, originalFileObj: { name: '门牌.png' } };

/** The user picks these photos next time the album opens. */
function picks(...files: Array<typeof PHOTO>) {
  chooseImage.mockResolvedValueOnce({
    errMsg: 'chooseImage:ok',
    tempFilePaths: files.map((f) => f.path),
    tempFiles: files,
  } as never);
}

/** The host answers uploads with a file id and registrations with the view for it. */
function hostAnswers(uploadResult?: () => Promise<unknown>) {
  let n = 0;
  request.mockImplementation(async (opts: RequestOptions) => {
    if (opts.url.startsWith('/api/upload')) {
      if (uploadResult) return uploadResult();
      return ok({ fileId: `local:uploads/u-co/f${++n}.png` });
    }
    if (opts.url === '/api/fn/files') {
      const body = opts.data as { fileId: string; name: string };
      const id = body.fileId.replace(/^.*\/(f\d+)\.png$/, 'up_$1');
      return ok(aView(id, { name: body.name }));
    }
    throw new Error(`unexpected request ${opts.url}`);
  });
}

const tapAdd = () => (byTestId('attachment-add')[0] as HTMLElement).click();
const items = () => byTestId('attachment');
const statuses = () => items().map((el) => el.getAttribute('data-status'));

beforeEach(() => {
  jest.clearAllMocks();
  taro = mockTaro();
  busy = [];
  value = [];
  writeSession({ token: TOKEN, expiresAt: Date.now() + 3_600_000, username: 'company' });
  chooseImage = jest.spyOn(Taro, 'chooseImage');
  request = jest.spyOn(Taro, 'request');
  jest.spyOn(Taro, 'previewImage').mockResolvedValue({ errMsg: 'ok' } as never);
  // The chosen photo's bytes, as the browser reads a blob: URL.
  globalThis.fetch = jest.fn(async () => ({ blob: async () => new Blob(['\x89PNG'], { type: 'image/png' }) })) as never;
});

afterEach(() => {
  page?.unmount();
  page = undefined;
  writeSession(null);
  globalThis.fetch = realFetch;
  jest.restoreAllMocks();
});

describe('AttachmentPicker', () => {
  it('uploads a chosen photo with the bearer token, registers it and shows it', async () => {
    hostAnswers();
    picks(PHOTO);
    page = await mountPage(harness());
    tapAdd();

    await waitFor(() => expect(statuses()).toEqual(['done']));
    expect(value).toEqual([aView('up_f1', { name: '门牌.png' })]);
    expect(chooseImage).toHaveBeenCalledWith(expect.objectContaining({ count: 9, sizeType: ['compressed'] }));

    const [upload, registration] = request.mock.calls.map(([o]) => o as RequestOptions);
    expect(upload).toMatchObject({
      url: `/api/upload?name=${encodeURIComponent('门牌.png')}`,
      method: 'POST',
      header: { 'content-type': 'image/png', Authorization: `Bearer ${TOKEN}` },
    });
    expect(upload!.data).toBeInstanceOf(Blob);
    expect(registration).toMatchObject({
      url: '/api/fn/files',
      data: { action: 'register', fileId: 'local:uploads/u-co/f1.png', name: '门牌.png', purpose: 'booking' },
    });
    expect(byTestId('attachment-count')[0]!.textContent).toContain('1/9');

    // Tapping the photo opens the image viewer on it.
    (items()[0]!.querySelector('.attachment-picker__body') as HTMLElement).click();
    expect(Taro.previewImage).toHaveBeenCalledWith({
      current: '/files/uploads/u-co/up_f1.png',
      urls: ['/files/uploads/u-co/up_f1.png'],
    });
  });

  it('removes an attachment with ×', async () => {
    page = await mountPage(harness([aView('up_a'), aView('up_b')]));
    expect(statuses()).toEqual(['done', 'done']);
    (byTestId('attachment-remove')[0] as HTMLElement).click();
    await waitFor(() => expect(statuses()).toEqual(['done']));
    expect(value.map((a) => a.id)).toEqual(['up_b']);
  });

  it('tells the form it is busy while a photo uploads, and not after', async () => {
    const answer = deferred<unknown>();
    hostAnswers(() => answer.promise);
    picks(PHOTO);
    page = await mountPage(harness());
    tapAdd();
    await waitFor(() => expect(statuses()).toEqual(['uploading']));
    expect(bodyText()).toContain('上传中');
    expect(busy[busy.length - 1]).toBe(true);

    answer.resolve(ok({ fileId: 'local:uploads/u-co/f7.png' }));
    await waitFor(() => expect(statuses()).toEqual(['done']));
    expect(busy[busy.length - 1]).toBe(false);
  });

  it('keeps a failed upload with its reason; tapping it tries again', async () => {
    let attempts = 0;
    hostAnswers(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('network down');
      return ok({ fileId: 'local:uploads/u-co/f3.png' });
    });
    picks(PHOTO);
    page = await mountPage(harness());
    tapAdd();

    await waitFor(() => expect(statuses()).toEqual(['failed']));
    expect(bodyText()).toContain('上传失败');
    expect(byTestId('attachment-failed')[0]!.textContent).toContain('网络连接失败');
    expect(value).toEqual([]);

    (items()[0]!.querySelector('.attachment-picker__body') as HTMLElement).click();
    await waitFor(() => expect(statuses()).toEqual(['done']));
    expect(value.map((a) => a.id)).toEqual(['up_f3']);
    expect(byTestId('attachment-failed')).toHaveLength(0);
  });

  it("shows the server's reason when it refuses the file (a renamed .exe)", async () => {
    hostAnswers(async () => ({
      statusCode: 400,
      header: {},
      errMsg: 'ok',
      data: {
        ok: false,
        error: { code: 'INVALID_INPUT', message: '附件：只支持 JPG、PNG 图片和 PDF 文件' },
      },
    }));
    picks(PHOTO);
    page = await mountPage(harness());
    tapAdd();
    await waitFor(() => expect(statuses()).toEqual(['failed']));
    expect(byTestId('attachment-failed')[0]!.textContent).toContain('只支持 JPG、PNG 图片和 PDF 文件');
  });

  it('hides the add button at the limit, and asks the album only for the room left', async () => {
    hostAnswers();
    page = await mountPage(harness([aView('up_a'), aView('up_b')], 3));
    expect(byTestId('attachment-add')).toHaveLength(1);
    picks(PHOTO);
    tapAdd();
    expect(chooseImage).toHaveBeenCalledWith(expect.objectContaining({ count: 1 }));
    await waitFor(() => expect(statuses()).toEqual(['done', 'done', 'done']));
    expect(byTestId('attachment-add')).toHaveLength(0);
    expect(byTestId('attachment-count')[0]!.textContent).toContain('3/3');

    (byTestId('attachment-remove')[0] as HTMLElement).click();
    await waitFor(() => expect(byTestId('attachment-add')).toHaveLength(1));
  });

  it('refuses a photo over 5 MB before sending it (browsers send photos as they are)', async () => {
    hostAnswers();
    picks({ ...PHOTO, size: 6 * 1024 * 1024 });
    page = await mountPage(harness());
    tapAdd();
    await waitFor(() => expect(toastTitles(taro)).toContain('附件：图片不能超过 5 MB'));
    expect(items()).toHaveLength(0);
    expect(request).not.toHaveBeenCalled();
  });

  it('does nothing when the user closes the album', async () => {
    chooseImage.mockRejectedValueOnce({ errMsg: 'chooseImage:fail cancel' });
    page = await mountPage(harness());
    tapAdd();
    await waitFor(() => expect(chooseImage).toHaveBeenCalled());
    expect(items()).toHaveLength(0);
    expect(toastTitles(taro)).toEqual([]);
  });

  describe('on WeChat', () => {
    type CloudUpload = { cloudPath: string; filePath: string; success: (r: { fileID: string }) => void };
    let uploadFile: jest.Mock;
    let callFunction: jest.Mock;
    const taroWithCloud = Taro as unknown as { cloud?: unknown };
    const savedCloud = taroWithCloud.cloud;

    beforeEach(() => {
      process.env.TARO_ENV = 'weapp';
      uploadFile = jest.fn((p: CloudUpload) => {
        p.success({ fileID: `cloud://env-1.bucket/${p.cloudPath}` });
        return { onProgressUpdate: jest.fn() };
      });
      // account.me tells the user's id (their folder); files.register answers the view.
      callFunction = jest.fn(async ({ name, data }: { name: string; data: Record<string, unknown> }) => {
        if (name === 'account')
          return { result: { ok: true, data: { user: { id: 'wx_openid1', displayName: '张经理' } } } };
        const fileId = String(data.fileId);
        return {
          result: { ok: true, data: aView('up_w1', { name: String(data.name), url: `https://tmp/${fileId}` }) },
        };
      });
      taroWithCloud.cloud = { uploadFile, callFunction };
    });

    afterEach(() => {
      process.env.TARO_ENV = 'h5';
      taroWithCloud.cloud = savedCloud;
    });

    it("compresses a photo, puts it in the user's own cloud folder and registers it", async () => {
      jest.spyOn(Taro, 'showActionSheet').mockResolvedValue({ errMsg: 'ok', tapIndex: 0 } as never);
      jest.spyOn(Taro, 'chooseMedia').mockResolvedValue({
        errMsg: 'ok',
        type: 'image',
        tempFiles: [{ tempFilePath: 'wxfile://tmp/raw.jpg', size: 2_400_000, fileType: 'image' }],
      } as never);
      const compress = jest
        .spyOn(Taro, 'compressImage')
        .mockResolvedValue({ errMsg: 'ok', tempFilePath: 'wxfile://tmp/small.jpg' } as never);
      page = await mountPage(harness());
      tapAdd();

      await waitFor(() => expect(statuses()).toEqual(['done']));
      expect(compress).toHaveBeenCalledWith({ src: 'wxfile://tmp/raw.jpg', quality: 70 });
      const put = uploadFile.mock.calls[0]![0] as CloudUpload;
      expect(put.filePath).toBe('wxfile://tmp/small.jpg');
      expect(put.cloudPath).toMatch(/^uploads\/wx_openid1\/[0-9a-f]{24}\.jpg$/);
      expect(callFunction).toHaveBeenLastCalledWith({
        name: 'files',
        data: {
          action: 'register',
          fileId: `cloud://env-1.bucket/${put.cloudPath}`,
          name: 'raw.jpg',
          purpose: 'booking',
        },
      });
      expect(value.map((a) => a.id)).toEqual(['up_w1']);
    });

    it('takes a PDF from a chat as it is (no compression)', async () => {
      jest.spyOn(Taro, 'showActionSheet').mockResolvedValue({ errMsg: 'ok', tapIndex: 1 } as never);
      const chooseFile = jest.spyOn(Taro, 'chooseMessageFile').mockResolvedValue({
        errMsg: 'ok',
        tempFiles: [{ path: 'wxfile://tmp/msg.pdf', name: '委托合同.pdf', size: 300_000, type: 'file', time: 0 }],
      } as never);
      const compress = jest.spyOn(Taro, 'compressImage');
      page = await mountPage(harness());
      tapAdd();

      await waitFor(() => expect(statuses()).toEqual(['done']));
      expect(chooseFile).toHaveBeenCalledWith({ count: 9, type: 'file', extension: ['pdf'] });
      expect(compress).not.toHaveBeenCalled();
      const put = uploadFile.mock.calls[0]![0] as CloudUpload;
      expect(put).toMatchObject({ filePath: 'wxfile://tmp/msg.pdf' });
      expect(put.cloudPath).toMatch(/\.pdf$/);
      expect(callFunction).toHaveBeenLastCalledWith(
        expect.objectContaining({ data: expect.objectContaining({ name: '委托合同.pdf' }) }),
      );
    });
  });
});
