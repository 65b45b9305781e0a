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

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['<rootDir>/tests/{core,store,functions,server,scripts}/**/*.test.ts'],
      transform: { '^.+\\.ts$': swc },
    },
  ],
};
