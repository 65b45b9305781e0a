/**
 * Helpers for page tests: mount a page the way Taro shows it (route params, then the page's
 * show lifecycle), read what the user sees, type and tap like the user does.
 */
import TestUtils from '@tarojs/test-utils-react';
import type { ComponentType } from 'react';

type Lifecycle = 'componentDidShow' | 'onPullDownRefresh' | 'onReachBottom';

const runtime = () => require('@tarojs/runtime') as typeof import('@tarojs/runtime');

/** Runs a Taro page lifecycle the page registered with useDidShow / usePullDownRefresh / useReachBottom. */
export function firePageLifecycle(name: Lifecycle): void {
  const inst = runtime().getPageInstance('taro-app') as unknown as Record<string, Array<() => void> | undefined>;
  for (const fn of inst?.[name] ?? []) fn();
}

export async function renderPage(Page: ComponentType, params: Record<string, string> = {}): Promise<TestUtils> {
  runtime().Current.router = { params, path: '/test', onReady: '', onHide: '', onShow: '', shareTimeline: '' } as never;
  const utils = new TestUtils();
  await utils.mount(Page);
  firePageLifecycle('componentDidShow');
  return utils;
}

export function cleanup(utils: TestUtils | undefined): void {
  utils?.unmout();
  document.body.innerHTML = '';
}

/** All visible text, whitespace collapsed. */
export function bodyText(): string {
  return (document.body.textContent ?? '').replace(/\s+/g, ' ');
}

/** Waits (polling the DOM, no fixed sleeps) until `check` passes. */
export async function waitUntil(check: () => boolean | void, timeoutMs = 3000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      if (check() !== false) return;
    } catch (e) {
      if (Date.now() - started > timeoutMs) throw e;
    }
    if (Date.now() - started > timeoutMs) throw new Error('waitUntil: condition not met');
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function waitForText(text: string): Promise<void> {
  await waitUntil(() => {
    if (!bodyText().includes(text)) throw new Error(`text not shown: ${text}\n${bodyText().slice(0, 400)}`);
  });
}

/** Types into the NutUI Input named `name` (the user's keystrokes end in an input event). */
export function typeInto(name: string, value: string): void {
  const input = document.querySelector(`taro-input-core[name="${name}"] input`) as HTMLInputElement | null;
  if (!input) throw new Error(`no input named ${name}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Taps the innermost element showing exactly `text` (a button, a cell). */
export function tapText(text: string): void {
  const all = Array.from(document.querySelectorAll<HTMLElement>('body *'));
  const target = all.reverse().find((el) => (el.textContent ?? '').trim() === text);
  if (!target) throw new Error(`nothing shows "${text}"`);
  target.click();
}

/** Chooses option `index` of the Taro Picker wrapping the ChoiceField `name`. */
export function pickChoice(name: string, index: number): void {
  const choice = document.querySelector(`[data-testid="choice-${name}"]`);
  const picker = choice?.closest('taro-picker-core');
  if (!picker) throw new Error(`no picker for ${name}`);
  picker.dispatchEvent(new CustomEvent('change', { detail: { value: index }, bubbles: true }));
}
