/**
 * 签到二维码 (the chief, at the venue): the session's check-in code, big enough to scan from the
 * back of the room, replaced every 30 s (a timer asks for the next one when the countdown ends;
 * the previous code keeps working for one more window). Below it the live count — checked in,
 * signed up, walk-ins, not yet arrived — asked for every 5 s, the latest arrivals, and 手动签到
 * for people without a phone. The screen is kept on (WeChat) while the page is open.
 */
import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import type { LiveCount, OutputOf } from '@core/contract';
import { formatShanghai } from '@core/rules/time';
import { clockOf } from '@/lib/format';
import { usePageParams } from '@/hooks/usePageParams';
import { ROUTES } from '@/lib/routes';
import { getCode, getLiveCount } from '@/services/checkin';
import { messageOf } from '@/services/errors';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import { useRepeating } from '@/packages/checkin/lib/useRepeating';
import './index.scss';

type Code = OutputOf<'checkin', 'getCode'>;

/** Asked a little after the window turns, so the server is surely in the next one. */
const REFRESH_MARGIN_MS = 300;
const RETRY_MS = 5_000;
const COUNT_EVERY_MS = 5_000;

/**
 * Seconds until `deadline` on this device's clock, ticking every second until it is reached: a
 * page hidden meanwhile (its code no longer refreshed) stops ticking at 0 instead of for ever.
 */
function useSecondsLeft(deadline: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === null) return undefined;
    setNow(Date.now());
    const tick = setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at >= deadline) clearInterval(tick);
    }, 1000);
    return () => clearInterval(tick);
  }, [deadline]);
  return deadline === null ? null : Math.max(0, Math.ceil((deadline - now) / 1000));
}

function CodePanel({ sessionId }: { sessionId: string }) {
  const [code, setCode] = useState<Code | null>(null);
  const [deadline, setDeadline] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const secondsLeft = useSecondsLeft(deadline);

  const refresh = useCallback(async () => {
    try {
      const next = await getCode({ sessionId });
      // Counted on this device's clock from the moment the answer came, whatever its clock says.
      setCode(next);
      setDeadline(Date.now() + next.refreshInMs);
      setError(null);
      return next.refreshInMs + REFRESH_MARGIN_MS;
    } catch (e) {
      setError(messageOf(e));
      return RETRY_MS;
    }
  }, [sessionId]);
  const retry = useRepeating(refresh);

  if (!code) {
    return (
      <View className="checkin-screen__code-box" data-testid="code-status">
        {error ? (
          <>
            <Text className="checkin-screen__error">{error}</Text>
            <Button size="small" type="primary" onClick={() => void retry()}>
              重新获取
            </Button>
          </>
        ) : (
          <Loading>正在生成签到码…</Loading>
        )}
      </View>
    );
  }

  const early = Date.now() < code.opensAt;
  return (
    <View className="checkin-screen__code-box">
      <Text className="checkin-screen__title">{code.title}</Text>
      <Text className="checkin-screen__time">
        {formatShanghai(code.startAt, 'MM-DD HH:mm')} – {clockOf(code.endAt)}
      </Text>
      <Image className="checkin-screen__code" src={code.image} mode="aspectFit" data-testid="checkin-code" />
      <Text className="checkin-screen__hint">
        {code.kind === 'miniprogram' ? '请用微信扫码签到' : '请用微信或手机相机扫码签到'}
      </Text>
      {early ? (
        <Text className="checkin-screen__note" data-testid="checkin-opens">
          签到将于 {clockOf(code.opensAt)} 开始（开课前30分钟）
        </Text>
      ) : null}
      <Text className="checkin-screen__countdown" data-testid="checkin-countdown">
        {error ? `刷新失败：${error}，稍后自动重试` : `二维码 ${secondsLeft ?? 0} 秒后刷新`}
      </Text>
      {code.url ? <Text className="checkin-screen__url">{code.url.split('#')[0]}</Text> : null}
    </View>
  );
}

function CountPanel({ sessionId }: { sessionId: string }) {
  const [count, setCount] = useState<LiveCount | null>(null);
  const [stale, setStale] = useState(false);
  const poll = useCallback(async () => {
    try {
      setCount(await getLiveCount({ sessionId }));
      setStale(false);
    } catch {
      // The code matters more than the count: keep the last figures, say they are not current.
      setStale(true);
    }
    return COUNT_EVERY_MS;
  }, [sessionId]);
  useRepeating(poll);

  if (!count) return null;
  const figures = [
    { label: '已签到', value: count.checkedIn, id: 'checked-in' },
    { label: '已报名', value: count.signedUp, id: 'signed-up' },
    { label: '现场报名', value: count.walkIns, id: 'walk-ins' },
    { label: '未到', value: count.notYet, id: 'not-yet' },
  ];
  return (
    <View className="checkin-screen__counts">
      <View className="checkin-screen__figures">
        {figures.map((f) => (
          <View key={f.id} className="checkin-screen__figure" data-testid={`count-${f.id}`}>
            <Text className="checkin-screen__value">{f.value}</Text>
            <Text className="checkin-screen__label">{f.label}</Text>
          </View>
        ))}
      </View>
      {stale ? <Text className="checkin-screen__note">人数暂未更新，正在重试…</Text> : null}
      {count.recent.length ? (
        <View className="checkin-screen__recent">
          {count.recent.map((r) => (
            <Text key={`${r.at}-${r.name}`} className="checkin-screen__arrival">
              {clockOf(r.at)} {r.name}
              {r.companyName ? `（${r.companyName}）` : ''}
              {r.late ? ' 迟到' : ''}
              {r.walkIn ? ' 现场报名' : ''}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}

export default function CheckinScreenPage() {
  const { sessionId } = usePageParams();
  const session = useSession();

  useEffect(() => {
    if (process.env.TARO_ENV !== 'weapp') return undefined;
    // A projector or a phone on a stand: the screen must not dim while people scan. The setting
    // holds for the whole mini program, so leaving this screen lets the phone dim again.
    const keepOn = (keepScreenOn: boolean) => void Taro.setKeepScreenOn({ keepScreenOn }).catch(() => undefined);
    keepOn(true);
    return () => keepOn(false);
  }, []);

  return (
    <View className="checkin-screen">
      <RoleGate session={session} roles={['chief', 'admin']} what="展示签到二维码">
        {sessionId ? (
          <>
            <CodePanel sessionId={sessionId} />
            <CountPanel sessionId={sessionId} />
            <View className="checkin-screen__actions">
              <Button
                type="primary"
                fill="outline"
                block
                onClick={() => void Taro.navigateTo({ url: ROUTES.checkinManual(sessionId) })}
              >
                手动签到
              </Button>
            </View>
          </>
        ) : (
          <Text className="checkin-screen__error">缺少培训场次，请从培训管理中打开签到二维码</Text>
        )}
      </RoleGate>
    </View>
  );
}
