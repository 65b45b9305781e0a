// Load order matters under Taro 4.2.1. @tarojs/test-utils-react requires @tarojs/router, whose
// tabbar requires @tarojs/components, which requires @tarojs/taro (mapped to the library's
// taro-h5 shim), and taro-h5 reads `history` from the still-half-loaded @tarojs/router:
// "Cannot read properties of undefined (reading 'history')". Entering the graph through
// @tarojs/taro instead (taro-h5 loads the router completely before reading it) avoids the cycle,
// whatever the test file imports first. Measured: a test file importing only
// @tarojs/test-utils-react fails without this line and passes with it.
require('@tarojs/taro');

// The cold run transforms Taro and NutUI from node_modules; give the first test room.
jest.setTimeout(30000);

// @tarojs/test-utils-react 0.1.1 calls react-dom/test-utils' act, which React 18.3 flags as
// deprecated on every render. Drop only that warning.
const originalError = console.error;
console.error = (...args) => {
  if (typeof args[0] === 'string' && args[0].includes('ReactDOMTestUtils.act')) return;
  originalError(...args);
};

// Taro's page hooks (useDidShow, useRouter, usePullDownRefresh…) read React from a registry that
// only createReactApp fills in; test-utils' mount() never calls it, so every hook would throw
// "React.useContext is not a function". Register React once, exactly as the app entry does.
require('@tarojs/plugin-framework-react/dist/runtime').createReactApp(
  function TestApp() {
    return null;
  },
  require('react'),
  require('react-dom'),
  {},
);
