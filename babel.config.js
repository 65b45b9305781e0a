// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// babel-plugin-import rewrites `import { Button } from '@nutui/nutui-react-taro'` into
// `@nutui/nutui-react-taro/dist/esm/Button` + its precompiled `style/css` (style.css), so only
// the components a page uses (and their styles) enter the bundle.
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
      },
    ],
  ],
  plugins: [
    [
      'import',
      {
        libraryName: '@nutui/nutui-react-taro',
        libraryDirectory: 'dist/esm',
        style: 'css',
        camel2DashComponentName: false,
      },
      'nutui-react-taro',
    ],
  ],
};
