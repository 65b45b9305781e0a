/**
 * A WeChat mini program runtime, just enough to run `dist/weapp` in Node (the weapp suite,
 * tests/weapp). It is what the WeChat client gives a mini program's JavaScript, and no more:
 *
 *  - `wx`: system info, storage (sync and async), a selector query, navigation, toasts and
 *    modals, and `wx.cloud.callFunction`, which goes to `route` (tests/support/weapp-cloud.ts
 *    sends it to the cloud function's CloudBase entry). Only the APIs listed here exist: Taro
 *    builds `Taro.<api>` from `wx`'s own keys, so a page calling one the shim lacks fails with
 *    "Taro.x is not a function", as it would on a phone that lacked it.
 *  - `App`, `Page`, `Component`, `getApp`, `getCurrentPages`: `Page(config)` registers the page
 *    file's config; opening a page makes an instance of it (data cloned, `route`, `options`) and
 *    runs onLoad → onShow → onReady. `setData` applies Taro's path keys (`root.cn.[0].v`) to
 *    `data`, which is what WeChat would render: `text()` reads the text nodes (`v`) of that tree.
 *  - the bundle's own require chain: `app.js` requires common / vendors / taro / runtime; a page
 *    file, when first opened, requires its subpackage's chunks itself. Jest's `require` runs it
 *    (no transform), in the test's global, where there is no `window` or `document`: a page
 *    that reaches for the browser's fails here as it would on WeChat.
 *
 * Navigation (`navigateTo`, `redirectTo`, `switchTab`, `reLaunch`, `navigateBack`) is recorded
 * in `navigations` and carried out: the page is opened (or the stack popped, unloading pages).
 * What goes wrong is recorded: `errors` holds App.onError reports (Taro reports a page's render
 * crash there and renders nothing), console.error lines (React's) and cloud functions that
 * crashed; `toasts` and `modals` hold what was shown. A promise left rejected needs no shim:
 * jest fails the running test on an unhandled rejection.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What `wx.cloud.callFunction` answers with: `{ result }`, as the client gets it. */
export type CloudRoute = (name: string, data: unknown) => Promise<unknown>;

export interface Navigation {
  kind: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack';
  url: string;
}

export interface CloudCall {
  name: string;
  action: string;
  ok: boolean;
  error?: { code: string; message: string };
}

type Data = Record<string, unknown>;
/** An element of a page's data tree: `sid` its id, `cn` its children, `cl` its classes. */
export type TreeNode = Data & { sid: string; cn?: TreeNode[]; cl?: string };
type PageConfig = Data & { data?: Data };
type Callbacks = { success?: (r: unknown) => void; fail?: (e: unknown) => void; complete?: (r: unknown) => void };

/** One open page: its WeChat instance and what it renders. */
export interface PageInstance extends Data {
  route: string;
  options: Record<string, string>;
  data: Data;
  setData(patch: Data, cb?: () => void): void;
}

export interface Wechat {
  /** Opens a page as `wx.navigateTo` would (`/packages/x/pages/y/index?a=1`). */
  open(url: string): Promise<PageInstance>;
  /** The page on top of the stack. */
  current(): PageInstance;
  /** The routes of the page stack, bottom first (what the back button walks). */
  stack(): string[];
  /** The current page's text, in document order, one text node a line. */
  text(page?: PageInstance): string;
  /** Taps the innermost element whose text contains `label` (on the current page); taps bubble. */
  tap(label: string): Promise<void>;
  /**
   * The innermost element of the current page whose class list has `cls` (and whose text has
   * `text`, when given), as the data tree holds it: `cn` children, `cl` classes, `v` text.
   */
  find(cls: string, text?: string): TreeNode | null;
  /** Fires a component event at one element (`change` of a picker, `input` of a textarea…). */
  fire(node: TreeNode, type: string, detail: Data): Promise<void>;
  /**
   * The element names on a page that WeChat has no template for (base.wxml): it renders nothing
   * there, children included — a `div` from a library built for HTML, say.
   */
  unrenderable(page?: PageInstance): string[];
  /** Waits until no cloud call, navigation or render is pending. */
  settle(): Promise<void>;
  /** Unloads every open page (timers and subscriptions of their components end). */
  closeAll(): Promise<void>;
  navigations: Navigation[];
  calls: CloudCall[];
  errors: string[];
  toasts: string[];
  modals: string[];
  storage: Map<string, unknown>;
  uninstall(): void;
}

/** Splits a Taro setData key: `root.cn.[0].v` → ['root', 'cn', 0, 'v']. */
function pathOf(key: string): (string | number)[] {
  return key.split('.').map((part) => (/^\[\d+\]$/.test(part) ? Number(part.slice(1, -1)) : part));
}

function setPath(target: Data, key: string, value: unknown): void {
  const path = pathOf(key);
  let node: Record<string | number, unknown> = target;
  for (let i = 0; i < path.length - 1; i++) {
    const part = path[i]!;
    let next = node[part];
    if (next === null || typeof next !== 'object') {
      next = typeof path[i + 1] === 'number' ? [] : {};
      node[part] = next;
    }
    node = next as Record<string | number, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

/** The text nodes of a Taro data tree, depth first (a text node carries its text as `v`). */
function textNodes(node: unknown, out: string[]): string[] {
  if (node === null || typeof node !== 'object') return out;
  const n = node as Data;
  if (typeof n.v === 'string' && n.v.trim() !== '') out.push(n.v.trim());
  if (Array.isArray(n.cn)) for (const child of n.cn) textNodes(child, out);
  return out;
}

/** The innermost element (with an id) whose subtree's text contains `label`. */
function findTarget(node: unknown, label: string): Data | null {
  if (node === null || typeof node !== 'object') return null;
  const n = node as Data;
  if (!Array.isArray(n.cn)) return null;
  for (const child of n.cn) {
    const inner = findTarget(child, label);
    if (inner) return inner;
  }
  return typeof n.sid === 'string' && textNodes(n, []).join('').includes(label) ? n : null;
}

/** Every element's node name (`nn`) in a data tree. */
function nodeNames(node: unknown, out: Set<string>): Set<string> {
  if (node === null || typeof node !== 'object') return out;
  const n = node as Data;
  if (typeof n.nn === 'string') out.add(n.nn);
  if (Array.isArray(n.cn)) for (const child of n.cn) nodeNames(child, out);
  return out;
}

/** The node names base.wxml has a template for (`tmpl_<depth>_<nn>`). */
function templatedNames(distDir: string): Set<string> {
  const wxml = readFileSync(join(distDir, 'base.wxml'), 'utf8');
  return new Set([...wxml.matchAll(/<template name="tmpl_\d+_([^"_]+)"/g)].map((m) => m[1]!));
}

/** The innermost element with class `cls` (and `text` in its subtree, when given). */
function findByClass(node: unknown, cls: string, text?: string): TreeNode | null {
  if (node === null || typeof node !== 'object') return null;
  const n = node as TreeNode;
  for (const child of Array.isArray(n.cn) ? n.cn : []) {
    const inner = findByClass(child, cls, text);
    if (inner) return inner;
  }
  const classes = typeof n.cl === 'string' ? n.cl.split(/\s+/) : [];
  const hasText = text === undefined || textNodes(n, []).join('').includes(text);
  return typeof n.sid === 'string' && classes.includes(cls) && hasText ? n : null;
}

/** The elements from the root down to the one with id `sid` (empty when it is not in the tree). */
function pathTo(node: unknown, sid: string): TreeNode[] {
  if (node === null || typeof node !== 'object') return [];
  const n = node as TreeNode;
  if (n.sid === sid) return [n];
  for (const child of Array.isArray(n.cn) ? n.cn : []) {
    const below = pathTo(child, sid);
    if (below.length) return typeof n.sid === 'string' ? [n, ...below] : below;
  }
  return [];
}

/** Events WeChat bubbles natively: it calls the handler of every ancestor in turn. */
const BUBBLING = new Set(['tap', 'longpress', 'touchstart', 'touchmove', 'touchend', 'touchcancel']);

/** A mini program event as the client hands it to a handler (Taro's `eh`): target and current element. */
function mpEvent(type: string, target: TreeNode, current: TreeNode, detail: Data) {
  const element = (n: TreeNode) => ({ id: n.sid, dataset: { sid: n.sid } });
  return { type, timeStamp: 0, target: element(target), currentTarget: element(current), detail };
}

function splitUrl(url: string): { route: string; query: Record<string, string> } {
  const [path, search = ''] = url.split('?');
  const query: Record<string, string> = {};
  for (const pair of search.split('&')) {
    if (!pair) continue;
    const [k, v = ''] = pair.split('=');
    query[decodeURIComponent(k!)] = decodeURIComponent(v);
  }
  return { route: path!.replace(/^\//, ''), query };
}

/** Runs a page's lifecycle hook, if it has one. */
function lifecycle(page: PageInstance, hook: string, ...args: unknown[]): void {
  const fn = page[hook];
  if (typeof fn === 'function') (fn as (...a: unknown[]) => void).apply(page, args);
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function installWechat(options: { distDir: string; route: CloudRoute }): Wechat {
  const { distDir } = options;
  const appJson = JSON.parse(readFileSync(join(distDir, 'app.json'), 'utf8')) as {
    pages: string[];
    tabBar?: { list: { pagePath: string }[] };
  };
  // WeChat opens the app on its first page (首页) when nothing else is asked for.
  const firstPage = appJson.pages[0]!;
  const templated = templatedNames(distDir);
  const tabs = new Set((appJson.tabBar?.list ?? []).map((t) => t.pagePath));
  const configs = new Map<string, PageConfig>();
  const stack: PageInstance[] = [];
  const storage = new Map<string, unknown>();
  const navigations: Navigation[] = [];
  const calls: CloudCall[] = [];
  const errors: string[] = [];
  const toasts: string[] = [];
  const modals: string[] = [];
  let pending = 0;
  let renders = 0;
  let loadingRoute: string | null = null;
  let app: Data | null = null;

  /** Runs `work` as pending async work (settle waits for it); its failure is recorded. */
  const track = <T>(work: Promise<T>): Promise<T> => {
    pending++;
    return work.finally(() => pending--);
  };

  const done = <T>(cb: Callbacks, result: T): Promise<T> => {
    cb.success?.(result);
    cb.complete?.(result);
    return Promise.resolve(result);
  };
  const failed = (cb: Callbacks, errMsg: string): Promise<never> => {
    const err = { errMsg };
    cb.fail?.(err);
    cb.complete?.(err);
    return Promise.reject(err);
  };

  async function openPage(url: string): Promise<PageInstance> {
    const { route, query } = splitUrl(url);
    if (!configs.has(route)) {
      loadingRoute = route;
      try {
        require(join(distDir, `${route}.js`));
      } finally {
        loadingRoute = null;
      }
    }
    const config = configs.get(route);
    if (!config) throw new Error(`页面 ${route} 没有注册（Page() 未被调用）`);
    const page = Object.assign(Object.create(null), config) as PageInstance;
    page.data = structuredClone(config.data ?? {});
    page.route = route;
    page.__route__ = route;
    page.options = query;
    page.setData = (patch: Data, cb?: () => void) => {
      renders++;
      for (const [key, value] of Object.entries(patch)) setPath(page.data, key, value);
      if (cb) setTimeout(cb, 0);
    };
    const below = stack[stack.length - 1];
    if (below) lifecycle(below, 'onHide');
    stack.push(page);
    lifecycle(page, 'onLoad', query);
    lifecycle(page, 'onShow');
    lifecycle(page, 'onReady');
    return page;
  }

  function unload(page: PageInstance) {
    lifecycle(page, 'onUnload');
  }

  const navigate = (kind: Navigation['kind']) => (opts: Callbacks & { url?: string; delta?: number }) => {
    const url = opts.url ?? '';
    navigations.push({ kind, url });
    return track(
      (async () => {
        await macrotask();
        if (kind === 'navigateBack') {
          for (let i = 0; i < (opts.delta ?? 1) && stack.length > 1; i++) unload(stack.pop()!);
          const top = stack[stack.length - 1];
          if (top) lifecycle(top, 'onShow');
          return done(opts, { errMsg: `${kind}:ok` });
        }
        const { route } = splitUrl(url);
        if (kind === 'switchTab' && !tabs.has(route))
          return failed(opts, `${kind}:fail can not switch to no-tabBar page`);
        if (kind === 'navigateTo' && tabs.has(route))
          return failed(opts, `${kind}:fail can not navigateTo a tabbar page`);
        if (kind === 'redirectTo' && stack.length) unload(stack.pop()!);
        if (kind === 'reLaunch' || kind === 'switchTab') while (stack.length) unload(stack.pop()!);
        await openPage(url);
        return done(opts, { errMsg: `${kind}:ok` });
      })(),
    );
  };

  const selectorQuery = () => {
    const queue: ((result: unknown[]) => void)[] = [];
    const results: unknown[] = [];
    const rect = { width: 375, height: 0, top: 0, left: 0, right: 375, bottom: 0, scrollTop: 0, scrollLeft: 0 };
    const node = (multiple: boolean) => ({
      boundingClientRect(cb?: (r: unknown) => void) {
        const r = multiple ? [] : rect;
        results.push(r);
        if (cb) queue.push(() => cb(r));
        return query;
      },
      fields(_f: unknown, cb?: (r: unknown) => void) {
        const r = multiple ? [] : rect;
        results.push(r);
        if (cb) queue.push(() => cb(r));
        return query;
      },
      scrollOffset(cb?: (r: unknown) => void) {
        results.push(rect);
        if (cb) queue.push(() => cb(rect));
        return query;
      },
      node(cb?: (r: unknown) => void) {
        results.push(null);
        if (cb) queue.push(() => cb(null));
        return query;
      },
    });
    const query = {
      in: () => query,
      select: () => node(false),
      selectAll: () => node(true),
      selectViewport: () => node(false),
      exec(cb?: (r: unknown[]) => void) {
        setTimeout(() => {
          for (const f of queue) f(results);
          cb?.(results);
        }, 0);
      },
    };
    return query;
  };

  const systemInfo = {
    brand: 'devtools',
    model: 'iPhone 12',
    pixelRatio: 3,
    screenWidth: 390,
    screenHeight: 844,
    windowWidth: 390,
    windowHeight: 763,
    statusBarHeight: 47,
    language: 'zh_CN',
    version: '8.0.50',
    system: 'iOS 16.0',
    platform: 'ios',
    SDKVersion: '3.5.0',
    safeArea: { top: 47, left: 0, right: 390, bottom: 810, width: 390, height: 763 },
  };

  const wx: Data = {
    getSystemInfoSync: () => ({ ...systemInfo }),
    getSystemInfo: (cb: Callbacks) => done(cb, { ...systemInfo }),
    getWindowInfo: () => ({ ...systemInfo }),
    getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, top: 51, left: 295, right: 382, bottom: 83 }),
    canIUse: () => true,
    nextTick: (fn: () => void) => setTimeout(fn, 0),
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, structuredClone(value)),
    removeStorageSync: (key: string) => void storage.delete(key),
    getStorage: (o: Callbacks & { key: string }) =>
      storage.has(o.key)
        ? done(o, { data: storage.get(o.key), errMsg: 'getStorage:ok' })
        : failed(o, 'getStorage:fail data not found'),
    setStorage: (o: Callbacks & { key: string; data: unknown }) => {
      storage.set(o.key, structuredClone(o.data));
      return done(o, { errMsg: 'setStorage:ok' });
    },
    removeStorage: (o: Callbacks & { key: string }) => {
      storage.delete(o.key);
      return done(o, { errMsg: 'removeStorage:ok' });
    },
    createSelectorQuery: selectorQuery,
    navigateTo: navigate('navigateTo'),
    redirectTo: navigate('redirectTo'),
    switchTab: navigate('switchTab'),
    reLaunch: navigate('reLaunch'),
    navigateBack: navigate('navigateBack'),
    setNavigationBarTitle: (o: Callbacks) => done(o, { errMsg: 'setNavigationBarTitle:ok' }),
    stopPullDownRefresh: (o: Callbacks = {}) => done(o, { errMsg: 'stopPullDownRefresh:ok' }),
    showToast: (o: Callbacks & { title: string }) => {
      toasts.push(o.title);
      return done(o, { errMsg: 'showToast:ok' });
    },
    hideToast: (o: Callbacks = {}) => done(o, { errMsg: 'hideToast:ok' }),
    showLoading: (o: Callbacks) => done(o, { errMsg: 'showLoading:ok' }),
    hideLoading: (o: Callbacks = {}) => done(o, { errMsg: 'hideLoading:ok' }),
    showModal: (o: Callbacks & { title?: string; content?: string }) => {
      modals.push([o.title, o.content].filter(Boolean).join('：'));
      // The user confirms (a test of cancelling would answer otherwise here).
      return done(o, { confirm: true, cancel: false, errMsg: 'showModal:ok' });
    },
    setKeepScreenOn: (o: Callbacks) => done(o, { errMsg: 'setKeepScreenOn:ok' }),
    requestSubscribeMessage: (o: Callbacks) => done(o, { errMsg: 'requestSubscribeMessage:ok' }),
    cloud: {
      init: () => undefined,
      callFunction: (o: Callbacks & { name: string; data: Data }) =>
        track(
          (async () => {
            // Over the wire: the event and the answer are JSON, never shared objects.
            const data = JSON.parse(JSON.stringify(o.data ?? {})) as Data;
            let answer: unknown;
            try {
              answer = await options.route(o.name, data);
            } catch (e) {
              // What WeChat reports when the function itself crashed (not an envelope).
              errors.push(`cloud function ${o.name} crashed: ${e instanceof Error ? e.stack : String(e)}`);
              return failed(o, `cloud.callFunction:fail ${String(e)}`);
            }
            const result = JSON.parse(JSON.stringify(answer)) as {
              ok: boolean;
              error?: { code: string; message: string };
            };
            calls.push({
              name: o.name,
              action: String(data.action),
              ok: result.ok,
              ...(result.error ? { error: result.error } : {}),
            });
            return done(o, { result, errMsg: 'cloud.callFunction:ok', requestID: `req-${calls.length}` });
          })(),
        ),
    },
  };

  const onConsoleError = console.error;
  const globals = {
    wx,
    App: (config: Data) => {
      const own = config.onError as ((e: unknown) => void) | undefined;
      // Taro reports a page's render crash to the app's onError (and then renders nothing).
      config.onError = (e: unknown) => {
        errors.push(`App.onError: ${String(e)}`);
        own?.call(config, e);
      };
      app = config;
    },
    Page: (config: PageConfig) => {
      if (!loadingRoute) throw new Error('Page() called outside a page file');
      configs.set(loadingRoute, config);
    },
    Component: () => undefined,
    getApp: () => app,
    getCurrentPages: () => [...stack],
  };
  Object.assign(globalThis, globals);
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
  };

  // WeChat loads app.js first (which requires the shared chunks), then runs App's launch.
  require(join(distDir, 'app.js'));
  if (!app) throw new Error('app.js did not call App()');
  const launched = app as Data;
  (launched.onLaunch as ((o: unknown) => void) | undefined)?.call(launched, {
    path: firstPage,
    query: {},
    scene: 1001,
  });
  (launched.onShow as ((o: unknown) => void) | undefined)?.call(launched, {
    path: firstPage,
    query: {},
    scene: 1001,
  });

  async function settle() {
    let quiet = 0;
    let seen = -1;
    for (let round = 0; round < 2000 && quiet < 3; round++) {
      await macrotask();
      if (pending === 0 && renders === seen) quiet++;
      else quiet = 0;
      seen = renders;
    }
  }

  return {
    async open(url) {
      navigations.push({ kind: 'navigateTo', url });
      const page = await openPage(url);
      await settle();
      return page;
    },
    current() {
      const top = stack[stack.length - 1];
      if (!top) throw new Error('没有打开的页面');
      return top;
    },
    stack() {
      return stack.map((p) => p.route);
    },
    text(page) {
      return textNodes((page ?? this.current()).data.root, []).join('\n');
    },
    unrenderable(page) {
      return [...nodeNames((page ?? this.current()).data.root, new Set())].filter((nn) => !templated.has(nn));
    },
    async tap(label) {
      const page = this.current();
      const target = findTarget(page.data.root, label);
      if (!target) throw new Error(`页面 ${page.route} 上没有「${label}」\n${this.text(page)}`);
      await this.fire(target as TreeNode, 'tap', { x: 0, y: 0 });
    },
    find(cls, text) {
      return findByClass(this.current().data.root, cls, text);
    },
    async fire(node, type, detail) {
      const page = this.current();
      const path = pathTo(page.data.root, node.sid);
      if (!path.length) throw new Error(`页面 ${page.route} 上没有元素 ${node.sid}`);
      // Taro holds a bubbling event's dispatch until the outermost element listening has had it,
      // relying on WeChat to call each ancestor's handler, innermost first, as done here.
      const receivers = BUBBLING.has(type) ? path.reverse() : [node];
      for (const current of receivers)
        (page.eh as (e: unknown) => void).call(page, mpEvent(type, node, current, detail));
      await settle();
    },
    settle,
    async closeAll() {
      while (stack.length) unload(stack.pop()!);
      await settle();
    },
    navigations,
    calls,
    errors,
    toasts,
    modals,
    storage,
    uninstall() {
      console.error = onConsoleError;
      for (const name of Object.keys(globals)) delete (globalThis as Data)[name];
    },
  };
}
