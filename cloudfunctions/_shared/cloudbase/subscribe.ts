/**
 * The CloudBase Notifier: every notice goes to the in-app inbox AND, when its kind has a
 * configured template, out as a WeChat subscribe message through
 * `cloud.openapi.subscribeMessage.send` (the function's config.json must grant
 * `subscribeMessage.send`). A user who did not subscribe (errCode 43101: one message per tap
 * of "允许") or any other send failure is not an error: it is logged and the inbox notice stays.
 *
 * Templates come from the environment variable SUBSCRIBE_TEMPLATES, a JSON object per notice
 * kind — either the template id alone, filled as { thing1: title, thing2: body }, or
 *   { "templateId": "…", "data": { "<template key>": "title" | "body" | "<fact name>" } }
 * where facts are the notice's `facts` (time, station, consultant, company, topic, place…).
 */
import type { Logger, Notice, Notifier } from '../../../core/ports';

export interface SubscribeTemplate {
  templateId: string;
  /** Template keyword (thing1, time2…) → the notice's 'title', 'body' or one of its facts. */
  data: Record<string, string>;
}
export type SubscribeTemplates = Record<string, SubscribeTemplate>;

/** The part of `cloud.openapi` this uses. */
export interface SubscribeApi {
  subscribeMessage: {
    send(args: {
      touser: string;
      templateId: string;
      page?: string;
      data: Record<string, { value: string }>;
      miniprogramState?: string;
    }): Promise<unknown>;
  };
}

const SHORTHAND_DATA = { thing1: 'title', thing2: 'body' };

/** WeChat's length limits per keyword type (the key's letters: thing1 → thing). */
const MAX_CHARS: Record<string, number> = {
  thing: 20,
  name: 10,
  phrase: 5,
  symbol: 5,
  character_string: 32,
  number: 32,
  letter: 32,
  phone_number: 17,
  car_number: 8,
};

/** WeChat refuses a value over its keyword's limit, so long text is cut with an ellipsis. */
export function fitValue(key: string, value: string): string {
  const max = MAX_CHARS[key.replace(/\d+$/, '')];
  const chars = Array.from(value);
  if (!max || chars.length <= max) return value;
  return `${chars.slice(0, max - 1).join('')}…`;
}

/** Reads SUBSCRIBE_TEMPLATES; anything malformed is logged and left out (the inbox still works). */
export function parseSubscribeTemplates(raw: string | undefined, log: Logger): SubscribeTemplates {
  if (!raw || !raw.trim()) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    log.error('SUBSCRIBE_TEMPLATES is not JSON: subscribe messages are off');
    return {};
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    log.error('SUBSCRIBE_TEMPLATES must be a JSON object of notice kind → template');
    return {};
  }
  const templates: SubscribeTemplates = {};
  for (const [kind, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof value === 'string' && value.trim()) {
      templates[kind] = { templateId: value.trim(), data: SHORTHAND_DATA };
      continue;
    }
    const t = value as { templateId?: unknown; data?: unknown } | null;
    const data = t?.data as Record<string, unknown> | undefined;
    if (
      typeof t?.templateId === 'string' &&
      t.templateId &&
      data &&
      typeof data === 'object' &&
      Object.values(data).every((v) => typeof v === 'string')
    ) {
      templates[kind] = { templateId: t.templateId, data: data as Record<string, string> };
    } else {
      log.error('SUBSCRIBE_TEMPLATES: ignoring a malformed template', { kind });
    }
  }
  return templates;
}

/** `wx_<OPENID>` users only (CloudBase); anyone else has no WeChat identity to message. */
export function openidOf(userId: string): string | null {
  return userId.startsWith('wx_') && userId.length > 3 ? userId.slice(3) : null;
}

function fill(template: SubscribeTemplate, n: Notice): Record<string, { value: string }> {
  const source: Record<string, string | undefined> = { ...n.facts, title: n.title, body: n.body };
  const data: Record<string, { value: string }> = {};
  for (const [key, from] of Object.entries(template.data)) {
    data[key] = { value: fitValue(key, source[from] ?? '') };
  }
  return data;
}

export interface SubscribeNotifierOptions {
  inbox: Notifier;
  openapi: SubscribeApi;
  templates: SubscribeTemplates;
  log: Logger;
  /** 'developer' | 'trial' | 'formal' (WeChat's default): which build a tap on the message opens. */
  miniprogramState?: string;
}

/** errCode WeChat answers when the user holds no subscription for the template. */
export const NOT_SUBSCRIBED = 43101;

export function subscribeNotifier(options: SubscribeNotifierOptions): Notifier {
  const { inbox, openapi, templates, log, miniprogramState } = options;
  return {
    async notify(n) {
      await inbox.notify(n); // the inbox always has it; a failure here is the caller's to log
      const template = templates[n.kind];
      const touser = openidOf(n.userId);
      if (!template || !touser) return;
      try {
        await openapi.subscribeMessage.send({
          touser,
          templateId: template.templateId,
          ...(n.link ? { page: n.link.replace(/^\//, '') } : {}),
          data: fill(template, n),
          ...(miniprogramState ? { miniprogramState } : {}),
        });
      } catch (e) {
        const { errCode, errMsg } = (e ?? {}) as { errCode?: unknown; errMsg?: unknown };
        const meta = { kind: n.kind, userId: n.userId, errCode, errMsg: errMsg ?? String(e) };
        if (errCode === NOT_SUBSCRIBED) log.info('subscribe message not sent: the user has no subscription', meta);
        else log.error('subscribe message failed', meta);
      }
    },
  };
}
