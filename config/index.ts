import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

/**
 * Taro build configuration (webpack5, React).
 *
 * - weapp output: dist/weapp (project.config.json points WeChat DevTools there)
 * - h5 output:    dist/h5 (index.html + hashed assets, hash router, served from '/')
 * - NutUI is designed at 375 px; everything else at 750 px (function form, as in the
 *   Taro NutUI template).
 */
/** core/ (contracts, enums, rules) lives beside src/ and is TypeScript: let Taro's babel compile it. */
const sharedSource = [path.resolve(__dirname, '..', 'core')];

/** `@/…` is src/, `@core/…` is core/ — the same aliases as tsconfig.json `paths` and jest's moduleNameMapper. */
const alias = {
  '@': path.resolve(__dirname, '..', 'src'),
  '@core': path.resolve(__dirname, '..', 'core'),
};

const outputRoot = `dist/${process.env.TARO_ENV === 'h5' ? 'h5' : (process.env.TARO_ENV ?? 'weapp')}`;

type DesignWidthInput = string | number | { file?: string } | undefined;

export function designWidth(input?: DesignWidthInput): number {
  if (typeof input === 'object' && input !== null && typeof input.file === 'string') {
    if (input.file.replace(/\\+/g, '/').includes('@nutui')) return 375;
  }
  return 750;
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'ip-station',
    date: '2025-01-01',
    designWidth,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot,
    // Taro's default minifier writes every non-ASCII character as \uXXXX (`ascii_only`): six
    // bytes for each Chinese character of the UI's text instead of UTF-8's three, ~9 KB of the
    // main package alone. WeChat and browsers read the code as UTF-8 (terser still escapes
    // U+2028/U+2029, the two characters old engines refused in string literals).
    terser: { enable: true, config: { output: { ascii_only: false } } },
    // NutUI React Taro renders some elements as HTML tags (div, span, i): without this plugin the
    // mini program has no template for them and WeChat shows nothing there (tests/weapp caught it:
    // tags, text areas, cells and icons were blank). H5 renders HTML natively.
    plugins: ['@tarojs/plugin-html'],
    defineConstants: {},
    // Cloud environment id for Taro.cloud.init on weapp. A TARO_APP_CLOUD_ENV in a .env file
    // overrides this; empty means "the default environment of the AppID".
    env: {
      TARO_APP_CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV ?? ''),
      // The host's origin for H5 served elsewhere; empty = same origin. Must be defined here:
      // a process.env read that the build does not replace throws in WeChat and the browser.
      TARO_APP_API_BASE: JSON.stringify(process.env.TARO_APP_API_BASE ?? ''),
      // WeChat subscribe-message template ids asked for from the taps that want them (booking,
      // raising a request, accepting an assignment, training sign-up), comma-separated and keyed
      // by tap: "booking:tplA,request:tplB,assignment:tplC,training:tplD" (src/lib/subscribe.ts);
      // an id without a key is a booking one; empty = do not ask.
      TARO_APP_SUBSCRIBE_TEMPLATES: JSON.stringify(process.env.TARO_APP_SUBSCRIBE_TEMPLATES ?? ''),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    alias,
    mini: {
      compile: { include: sharedSource },
      // Per-component NutUI styles arrive in page order; their relative order does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      compile: { include: sharedSource },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
        // The navigation bar Taro draws in H5 (app.scss) is sized in CSS pixels, as Taro's own
        // styles for it are: no design-width conversion for its selectors.
        pxtransform: {
          enable: true,
          config: { selectorBlackList: ['taro-navigation-bar', 'taro_navigation_page'] },
        },
      },
      // Taro splits only initial chunks on H5, so every lazily loaded page chunk would carry
      // its own copy of shared components (PagePlaceholder + NutUI Cell: ~18 KB per page).
      // Splitting async chunks too puts modules shared by pages into common chunks.
      webpackChain(chain) {
        chain.optimization.splitChunks({
          ...(chain.optimization.get('splitChunks') as object),
          chunks: 'all',
        });
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
