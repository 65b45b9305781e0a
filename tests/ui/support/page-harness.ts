/**
 * Mounts a page component the way the Taro runtime would show it, closely enough for jsdom
 * (setup-after-env.js registers React for Taro's page hooks):
 *
 *  - Outside a page, Taro's page hooks (useDidShow, usePullDownRefresh, useReachBottom …)
 *    register on the app-level instance ('taro-app'); `trigger()` calls what they registered,
 *    as the runtime does on show / pull-down / reaching the bottom.
 *  - Router params come from `Current.router` (Taro.getCurrentInstance().router).
 *  - Components measuring themselves (NutUI Tabs) look the page element up by `Current.page.path`:
 *    the page is mounted into an element with that id.
 */
import TestUtils from '@tarojs/test-utils-react';
import { Current, getPageInstance } from '@tarojs/runtime';
import { waitFor as domWaitFor } from '@tarojs/test-utils-dom';
import type { ComponentType } from 'react';

/** App-level id the runtime's hooks use when no page context is around. */
const HOOKS_APP_ID = 'taro-app';
const PAGE_PATH = 'test-page';

export type PageLifecycle = 'componentDidShow' | 'componentDidHide' | 'onPullDownRefresh' | 'onReachBottom';

export interface MountedPage {
  utils: TestUtils;
  /** Runs what the page registered for a lifecycle (and waits for its promises). */
  trigger(lifecycle: PageLifecycle): Promise<void>;
  unmount(): void;
}

/** Pages mounted and not unmounted yet, so a test's teardown can unmount whatever it showed. */
const mountedPages = new Set<MountedPage>();

/** Unmounts every page still mounted, the latest first. */
export function unmountPages(): void {
  for (const p of [...mountedPages].reverse()) p.unmount();
}

export async function mountPage(Page: ComponentType, params: Record<string, string> = {}): Promise<MountedPage> {
  Current.router = { params, path: `/${PAGE_PATH}`, onReady: '', onHide: '', onShow: '' } as never;
  Current.page = { path: PAGE_PATH } as never;
  const container = document.createElement('div');
  container.id = PAGE_PATH;
  document.body.appendChild(container);

  const utils = new TestUtils();
  await utils.mount(Page, { container });
  const mounted: MountedPage = {
    utils,
    async trigger(lifecycle) {
      const inst = getPageInstance(HOOKS_APP_ID) as Record<string, unknown> | undefined;
      const registered = inst?.[lifecycle];
      const fns = (Array.isArray(registered) ? registered : registered ? [registered] : []) as Array<() => unknown>;
      await utils.act(async () => {
        for (const fn of fns) await fn();
      });
    },
    unmount() {
      mountedPages.delete(mounted);
      utils.unmout();
      document.body.innerHTML = '';
      Current.router = null;
      Current.page = null;
    },
  };
  mountedPages.add(mounted);
  return mounted;
}

/** Text of the page body, whitespace collapsed. */
export function bodyText(): string {
  return (document.body.textContent ?? '').replace(/\s+/g, ' ');
}

export function byTestId(id: string): Element[] {
  return Array.from(document.querySelectorAll(`[data-testid="${id}"]`));
}

/**
 * Retries `check` (an assertion) until it passes, on DOM changes and every 20 ms, within 5 s;
 * React updates meanwhile are not reported as outside act().
 * The check is wrapped in a promise: test-utils-dom's waitFor retries a callback that throws
 * synchronously only once (it stays "pending"), but keeps retrying one that rejects.
 */
export function waitFor<T>(check: () => T, timeout = 5000): Promise<T> {
  return domWaitFor(async () => check(), { timeout, interval: 20 }) as Promise<T>;
}

/** Sets a text field's value as typing would (the inner <input>/<textarea> of a Taro field). */
export function typeInto(utils: TestUtils, field: Element, value: string): void {
  const input = (field.matches('input, textarea') ? field : field.querySelector('input, textarea')) as
    HTMLInputElement | HTMLTextAreaElement | null;
  if (!input) throw new Error('no input inside the field');
  input.value = value;
  utils.fireEvent.input(input);
}

/** The text input (or textarea) of the form row named `name` (FormField's data-field). */
export function fieldInput(name: string): HTMLInputElement | HTMLTextAreaElement {
  const input = document.querySelector(`[data-field="${name}"] input, [data-field="${name}"] textarea`);
  if (!input) throw new Error(`no input for field ${name}`);
  return input as HTMLInputElement | HTMLTextAreaElement;
}

/**
 * Waits until every text field of the page has rendered its inner <input>/<textarea>: Taro's
 * field web components render them asynchronously (slowly on a cold, busy test run).
 */
export function waitForForm(): Promise<void> {
  return waitFor(() => {
    const hosts = Array.from(document.querySelectorAll('taro-input-core, taro-textarea-core'));
    if (hosts.length === 0) throw new Error('no text field on the page');
    for (const host of hosts) {
      if (!host.querySelector('input, textarea')) throw new Error('a text field has not rendered yet');
    }
  });
}

/** Types `value` into the form row named `name`, as the user's keystrokes end. */
export function typeField(utils: TestUtils, name: string, value: string): void {
  typeInto(utils, fieldInput(name), value);
}

/** Chooses option `index` in the picker of the ChoiceField named `name`. */
export function pickField(utils: TestUtils, name: string, index: number): void {
  const picker = document.querySelector(`[data-field="${name}"] taro-picker-core`);
  if (!picker) throw new Error(`no picker for field ${name}`);
  utils.act(() => {
    picker.dispatchEvent(new CustomEvent('change', { detail: { value: index }, bubbles: true }));
  });
}

/** The message shown under the form row named `name`, if any. */
export function fieldError(name: string): string | null {
  return document.querySelector(`[data-testid="error-${name}"]`)?.textContent ?? null;
}

export { deferred } from '../../support/deferred';

/** Mounts a page and shows it once, as Taro does when a page opens (useDidShow runs). */
export async function showPage(Page: ComponentType, params: Record<string, string> = {}): Promise<MountedPage> {
  const page = await mountPage(Page, params);
  await page.trigger('componentDidShow');
  return page;
}

/** Waits until the page shows `text` somewhere. */
export function waitForText(text: string): Promise<void> {
  return waitFor(() => {
    if (!bodyText().includes(text)) throw new Error(`text not shown: ${text}\n${bodyText().slice(0, 400)}`);
  });
}

/** Taps the innermost element showing exactly `text` (a button, a cell, a link). */
export function tapText(text: string): void {
  const target = Array.from(document.querySelectorAll<HTMLElement>('body *'))
    .reverse()
    .find((el) => (el.textContent ?? '').trim() === text);
  if (!target) throw new Error(`nothing shows "${text}"`);
  target.click();
}
