/**
 * WeChat subscribe messages (booking reminders): asked for from the booking tap, with the
 * template ids configured in TARO_APP_SUBSCRIBE_TEMPLATES. A refusal, a ban, an old client or any
 * other error is not a failure: the booking goes on and the in-app inbox still has the reminder.
 */
import Taro from '@tarojs/taro';

/** WeChat accepts at most three templates in one request. */
const MAX_TEMPLATES = 3;

/** The configured template ids ('' or unset: none). */
export function subscribeTemplateIds(raw = process.env.TARO_APP_SUBSCRIBE_TEMPLATES ?? ''): string[] {
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, MAX_TEMPLATES);
}

/**
 * Asks for the reminders and never throws. Must be started synchronously from a tap handler
 * (WeChat refuses it otherwise). Resolves true when the request was made and answered.
 */
export async function requestReminders(tmplIds = subscribeTemplateIds()): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp' || tmplIds.length === 0) return false;
  try {
    await Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option);
    return true;
  } catch {
    return false; // refused, banned, or not supported: the booking does not depend on it
  }
}
