/**
 * Three projects, all run by `npm test`:
 *  - node:    core rules, Store adapters, functions through the runtime, the host over HTTP
 *  - ui:      components and pages with @tarojs/test-utils-react (jsdom)
 *  - browser: playwright-core driving Debian Chromium against the H5 build served by the host
 */
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript', tsx: false }, target: 'es2021' },
    module: { type: 'commonjs' },
  },
];

/** `@/…` is src/, `@core/…` is core/: tsconfig.json `paths`, config/index.ts `alias`. */
const aliases = {
  '^@/(.*)$': '<rootDir>/src/$1',
  '^@core/(.*)$': '<rootDir>/core/$1',
};

/**
 * ui: @tarojs/test-utils-react 0.1.1 on Taro 4.2.1 (its own defineJestConfig, adapted):
 *  - `@tarojs/taro` resolves to the library's H5 runtime shim; setup-after-env.js loads it
 *    before anything else, which keeps @tarojs/router out of a require cycle ("reading
 *    'history'") whatever a test imports first. setup-env.js only sets TARO_ENV.
 *  - `createApp()` of test-utils-react 0.1.1 calls Taro 3's createRouter(app, config, fw);
 *    Taro 4's is createRouter(history, app, config, fw), so it throws. Use `mount()`.
 *  - its babel transformer (preset taro + env + react + typescript) handles .mjs too (swiper).
 *  - node_modules are transformed (Taro and NutUI ship ES modules), except a few big CommonJS
 *    packages, to keep the cold run short.
 *  - NutUI: babel.config.js rewrites named imports to dist/esm/<Comp> + its style/css, so the
 *    UMD main bundle is never loaded; the bare name is mapped to the ES build anyway. Style
 *    files are stubbed.
 */
const uiTransformer = require.resolve('@tarojs/test-utils-react/dist/jest/babel-transformer.js');
const cjsNodeModules = [
  'react',
  'react-dom',
  'scheduler',
  'react-reconciler',
  'jsdom',
  '@babel/runtime',
  'core-js',
  'lodash',
];
const ui = {
  displayName: 'ui',
  testEnvironment: 'jsdom',
  testEnvironmentOptions: {
    url: 'http://localhost/',
    customExportConditions: ['node', 'node-addons'],
  },
  roots: ['<rootDir>/tests/ui', '<rootDir>/src'],
  testMatch: ['<rootDir>/tests/ui/**/*.test.tsx'],
  setupFiles: ['<rootDir>/tests/ui/setup-env.js'],
  setupFilesAfterEnv: ['<rootDir>/tests/ui/setup-after-env.js'],
  transform: { '^.+\\.(mjs|cjs|js|jsx|ts|tsx)$': uiTransformer },
  transformIgnorePatterns: [`/node_modules/(${cjsNodeModules.join('|')})/`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    '^@tarojs/taro$': require.resolve('@tarojs/test-utils-react/dist/jest/runtime/taro-h5.js'),
    '^@tarojs/components$': '@tarojs/components/lib/react/index',
    '^@nutui/nutui-react-taro$': '@nutui/nutui-react-taro/dist/esm/nutui-react.es.js',
    '^lottie-react$': '<rootDir>/tests/ui/stubs/lottie-react.js',
    '\\.(css|scss|sass|less)$': '<rootDir>/tests/ui/stubs/style.js',
    '\\.(png|jpe?g|gif|svg)$': '<rootDir>/tests/ui/stubs/file.js',
    // Path aliases of tsconfig.json `paths` (after the style/file stubs, which must win).
    ...aliases,
  },
  globals: {
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: true,
    DEPRECATED_ADAPTER_COMPONENT: false,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_MUTATION_OBSERVER: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    __TARO_FRAMEWORK__: 'react',
  },
};

module.exports = {
  // Node hosts start with the demo station and hash passwords (scrypt): on a loaded 2-core CI
  // machine a beforeAll can pass jest's 5 s default without anything being wrong. (A global
  // option: Jest 29 reads testTimeout only at the top level.)
  testTimeout: 30_000,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['<rootDir>/tests/{core,store,functions,server,scripts}/**/*.test.ts'],
      transform: { '^.+\\.ts$': swc },
    },
    ui,
    {
      // Runs every page of the WeChat build (dist/weapp: npm test builds it) in Node, on the
      // WeChat shim of tests/support/wechat.ts, with wx.cloud.callFunction going to the cloud
      // functions' CloudBase entries (tests/support/weapp-cloud.ts). The bundle is not transformed.
      displayName: 'weapp',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'],
      transform: { '^.+\\.ts$': swc },
      transformIgnorePatterns: ['/node_modules/', '/dist/'],
    },
    {
      // Drives Debian's Chromium (apt-get install chromium) with playwright-core against the
      // H5 build served by a real host on a temp data dir. Needs dist/h5 (npm test builds it).
      displayName: 'browser',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      transform: { '^.+\\.ts$': swc },
    },
  ],
};
