/**
 * WeChat subscribe messages, asked for where people will want them: booking a consultation
 * (reminders), raising a service request (its progress), accepting an assignment (what the
 * station and the company say next), signing up for a training (changes, reminders) and reading
 * 政策与动态 (the policies and trainings the station pushes to the company). WeChat
 * only sends a message the user subscribed to from a tap, so each of those taps asks for its own
 * templates, configured in TARO_APP_SUBSCRIBE_TEMPLATES (config/index.ts) as comma-separated
 * template ids, each prefixed with the kind of tap it is asked from:
 *
 *   booking:tplA,booking:tplB,request:tplC,assignment:tplD,training:tplE,policy:tplF
 *
 * An id without a prefix is a booking one (the setting's earlier form). A refusal, a ban, an old
 * client or any other error is not a failure: the action goes on and the in-app inbox still has
 * the notice.
 */
import Taro from '@tarojs/taro';

/** Where subscriptions are asked for. */
export type SubscribeKind = 'booking' | 'request' | 'assignment' | 'training' | 'policy';
const KINDS: readonly SubscribeKind[] = ['booking', 'request', 'assignment', 'training', 'policy'];

/** WeChat accepts at most three templates in one request. */
const MAX_TEMPLATES = 3;

/** The template ids configured for one kind of tap ('' or unset: none). */
export function subscribeTemplateIds(
  kind: SubscribeKind,
  raw = process.env.TARO_APP_SUBSCRIBE_TEMPLATES ?? '',
): string[] {
  const ids: string[] = [];
  for (const entry of raw.split(',')) {
    const text = entry.trim();
    if (!text) continue;
    const colon = text.indexOf(':');
    const prefix = colon > 0 ? text.slice(0, colon).trim() : '';
    const known = (KINDS as readonly string[]).includes(prefix);
    const entryKind = known ? prefix : 'booking';
    const id = known ? text.slice(colon + 1).trim() : text;
    if (entryKind === kind && id) ids.push(id);
  }
  return ids.slice(0, MAX_TEMPLATES);
}

/** Whether asking makes sense here: on WeChat, with templates configured for the kind. */
export const canSubscribe = (kind: SubscribeKind) =>
  process.env.TARO_ENV === 'weapp' && subscribeTemplateIds(kind).length > 0;

/**
 * Asks for the kind's subscriptions and never throws. Must be started synchronously from a tap
 * handler (WeChat refuses it otherwise). Resolves true when the request was made and answered.
 */
export async function requestSubscriptions(
  kind: SubscribeKind,
  tmplIds = subscribeTemplateIds(kind),
): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp' || tmplIds.length === 0) return false;
  try {
    await Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option);
    return true;
  } catch {
    return false; // refused, banned, or not supported: the action does not depend on it
  }
}
