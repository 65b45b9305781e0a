/**
 * The layering of DESIGN.md, enforced: core/ is pure and shared; src/ (the mini program)
 * never reaches the server; cloud functions never reach the host or the front end.
 */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'core/ imports no Taro, no wx-server-sdk, no Node-only module, nothing else of the repo',
      severity: 'error',
      from: { path: '^core/' },
      to: {
        path: [
          '^src/',
          '^server/',
          '^cloudfunctions/',
          'node_modules/(@tarojs|wx-server-sdk|better-sqlite3|fastify|@fastify)/',
        ],
      },
    },
    {
      name: 'core-no-node-builtins',
      severity: 'error',
      from: { path: '^core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'rules-not-store',
      comment:
        'core/rules holds what the contract, the functions and the pages share; stored shapes build on it, not the reverse',
      severity: 'error',
      from: { path: '^core/rules/' },
      to: { path: '^core/store/' },
    },
    {
      name: 'src-not-server',
      comment: 'the front end talks to the back end only through src/services and the transport',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: ['^server/', '^cloudfunctions/', 'node_modules/(wx-server-sdk|better-sqlite3|fastify|@fastify)/'] },
    },
    {
      name: 'src-no-node-builtins',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'areas-not-each-other',
      comment:
        'each area (cloudfunctions/<area>/) is its own deployed function: it imports only its own files, ' +
        'cloudfunctions/_shared/ and core/; what two areas share moves to _shared (registry.ts, outside ' +
        "every area, imports each area's handlers)",
      severity: 'error',
      from: { path: '^cloudfunctions/([^/]+)/' },
      to: { path: '^cloudfunctions/', pathNot: ['^cloudfunctions/$1/', '^cloudfunctions/_shared/'] },
    },
    {
      name: 'functions-not-host-or-ui',
      severity: 'error',
      from: { path: '^cloudfunctions/' },
      to: { path: ['^server/', '^src/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: ['^dist/', '\\.d\\.ts$'] },
  },
};
