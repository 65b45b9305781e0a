/**
 * 首页's quick actions: the five things people most often come for. Those that act for the
 * person (预约咨询, 提交需求, 扫码签到, 我的预约) ask a guest to sign in first; 培训报名 is open to all.
 */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PAGES, ROUTES } from '@/lib/routes';
import { isWeapp } from '@/store';
import { go, goTab } from './nav';

export interface QuickActionContext {
  /** The station 预约咨询 books at (the person's own); none: they pick one on 服务网点. */
  bookStationId: string | null;
}

interface QuickAction {
  id: string;
  glyph: string;
  title: string;
  /** Acts for the person: a guest is asked to sign in first. */
  signIn?: true;
  open: (ctx: QuickActionContext) => void;
}

/**
 * 扫码签到: in WeChat the camera opens here and the check-in page gets what it read (it tells a
 * check-in code from any other code and says so); elsewhere (H5) that page explains how to scan.
 */
function scanToCheckIn(): void {
  if (!isWeapp()) return go(PAGES.checkin);
  Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] }).then(
    (read: { result?: string; path?: string }) => {
      // A mini program code comes back as its page path (with the scene), a QR code as its text.
      // No session id: the code names the session.
      const scanned = read.path || read.result;
      go(scanned ? ROUTES.checkin('', scanned) : PAGES.checkin);
    },
    (e: unknown) => {
      // Closing the camera is not a failure; anything else is explained on the check-in page.
      if (!String((e as { errMsg?: unknown } | null)?.errMsg ?? '').includes('cancel')) go(PAGES.checkin);
    },
  );
}

const ACTIONS: readonly QuickAction[] = [
  {
    id: 'book',
    glyph: '约',
    title: '预约咨询',
    signIn: true,
    open: ({ bookStationId }) => (bookStationId ? go(ROUTES.book(bookStationId)) : goTab(ROUTES.network)),
  },
  { id: 'request', glyph: '需', title: '提交需求', signIn: true, open: () => go(ROUTES.requestCreate()) },
  { id: 'training', glyph: '培', title: '培训报名', open: () => go(ROUTES.trainings) },
  { id: 'checkin', glyph: '签', title: '扫码签到', signIn: true, open: scanToCheckIn },
  { id: 'bookings', glyph: '单', title: '我的预约', signIn: true, open: () => go(ROUTES.bookings()) },
];

function askToSignIn(title: string): void {
  Taro.showModal({
    title: '请先登录',
    content: `登录后即可使用“${title}”`,
    confirmText: '去登录',
    cancelText: '取消',
  }).then(
    ({ confirm }) => confirm && go(ROUTES.login),
    () => undefined,
  );
}

export function QuickActions({ signedIn, ctx }: { signedIn: boolean; ctx: QuickActionContext }) {
  const tap = (a: QuickAction) => {
    if (a.signIn && !signedIn) askToSignIn(a.title);
    else a.open(ctx);
  };
  return (
    <View className="home-actions">
      {ACTIONS.map((a) => (
        <View key={a.id} className="home-action" data-testid="quick-action" data-entry={a.id} onClick={() => tap(a)}>
          <View className={`home-action__icon home-action__icon--${a.id}`}>
            <Text>{a.glyph}</Text>
          </View>
          <Text className="home-action__title">{a.title}</Text>
        </View>
      ))}
    </View>
  );
}
