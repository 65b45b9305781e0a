/**
 * 培训签到 (a trainee): opened by the code on the chief's screen — `token` in the H5 URL, or
 * `scene` when WeChat opened the mini program code — or from the session's page (`sessionId`),
 * where 扫码签到 opens the camera (Taro.scanCode). Says in Chinese what happened: 签到成功 (late,
 * walk-in), 已签到 with the first time, or why not.
 *
 * Every scan stands on its own: a refused or unreadable code leaves the button ready for the
 * next one, and nothing remembers codes already used (the server knows who is checked in).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import type { CheckinResult } from '@core/contract';
import { CHECKIN_MESSAGES, tokenFromScan } from '@core/rules/checkin-token';
import { SignInPrompt } from '@/components/SessionStates';
import { usePageParams } from '@/hooks/usePageParams';
import { ROUTES } from '@/lib/routes';
import { checkIn } from '@/services/checkin';
import { messageOf } from '@/services/errors';
import { useAppStore } from '@/store';
import { checkinDetails, checkinHeadline } from '@/packages/checkin/lib/format';
import './index.scss';

type Outcome = { kind: 'done'; result: CheckinResult } | { kind: 'refused'; message: string };

const SCAN_UNAVAILABLE = '无法打开扫码，请用微信“扫一扫”或手机相机扫描现场的签到二维码';

function Done({ result }: { result: CheckinResult }) {
  return (
    <View className={`checkin-scan__result checkin-scan__result--${result.already ? 'already' : 'ok'}`}>
      <Text className="checkin-scan__headline" data-testid="checkin-headline">
        {checkinHeadline(result)}
      </Text>
      <Text className="checkin-scan__title">{result.title}</Text>
      <Text className="checkin-scan__details" data-testid="checkin-details">
        {result.name} · {checkinDetails(result)}
      </Text>
      <Button
        fill="outline"
        type="primary"
        onClick={() => void Taro.navigateTo({ url: ROUTES.trainingSession(result.sessionId) })}
      >
        查看培训详情
      </Button>
    </View>
  );
}

function Refused({ message }: { message: string }) {
  return (
    <View className="checkin-scan__result checkin-scan__result--refused" data-testid="checkin-refused">
      <Text className="checkin-scan__headline">未能签到</Text>
      <Text className="checkin-scan__details">{message}</Text>
    </View>
  );
}

export default function CheckinScanPage() {
  const params = usePageParams();
  const signedIn = useAppStore((s) => s.signedIn);
  const pageSessionId = params.sessionId;
  const opened = params.token ?? params.scene;
  const initial = tokenFromScan(opened);
  const [outcome, setOutcome] = useState<Outcome | null>(() =>
    opened && !initial ? { kind: 'refused', message: CHECKIN_MESSAGES.notCheckinCode } : null,
  );
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);

  const submit = useCallback(
    async (token: string) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setBusy(true);
      try {
        const result = await checkIn({ token, ...(pageSessionId ? { sessionId: pageSessionId } : {}) });
        setOutcome({ kind: 'done', result });
      } catch (e) {
        setOutcome({ kind: 'refused', message: messageOf(e) });
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [pageSessionId],
  );

  // The code that opened the page is sent once, as soon as the person is signed in.
  const sentOpening = useRef(false);
  useEffect(() => {
    if (!initial || !signedIn || sentOpening.current) return;
    sentOpening.current = true;
    void submit(initial);
  }, [initial, signedIn, submit]);

  const scan = async () => {
    let read: { result?: string; path?: string };
    try {
      read = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
    } catch (e) {
      // Closing the camera is not a failure; anything else (no camera, H5 outside WeChat) is said.
      if (String((e as { errMsg?: unknown } | null)?.errMsg ?? '').includes('cancel')) return;
      setOutcome({ kind: 'refused', message: SCAN_UNAVAILABLE });
      return;
    }
    // A mini program code comes back as its page path (with the scene), a QR code as its text.
    const token = tokenFromScan(read.path) ?? tokenFromScan(read.result);
    if (!token) {
      setOutcome({ kind: 'refused', message: CHECKIN_MESSAGES.notCheckinCode });
      return;
    }
    await submit(token);
  };

  if (!signedIn) {
    return (
      <View className="checkin-scan">
        <SignInPrompt text="登录后即可签到；登录后请重新扫描现场最新的签到二维码" testId="gate-login" />
      </View>
    );
  }

  return (
    <View className="checkin-scan">
      {busy ? (
        <View className="checkin-scan__result" data-testid="checkin-busy">
          <Loading>正在签到…</Loading>
        </View>
      ) : outcome?.kind === 'done' ? (
        <Done result={outcome.result} />
      ) : outcome?.kind === 'refused' ? (
        <Refused message={outcome.message} />
      ) : (
        <Text className="checkin-scan__intro">
          请扫描培训现场屏幕上的签到二维码。二维码每 30 秒更新一次，请扫描最新的。
        </Text>
      )}
      <View className="checkin-scan__actions">
        <Button type="primary" block size="large" disabled={busy} onClick={() => void scan()}>
          扫码签到
        </Button>
      </View>
    </View>
  );
}
