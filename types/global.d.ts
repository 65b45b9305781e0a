/// <reference types="@tarojs/taro" />

declare module '*.png' {
  const src: string;
  export default src;
}
declare module '*.gif' {
  const src: string;
  export default src;
}
declare module '*.jpg' {
  const src: string;
  export default src;
}
declare module '*.jpeg' {
  const src: string;
  export default src;
}
declare module '*.svg' {
  const src: string;
  export default src;
}
declare module '*.css';
declare module '*.scss';
declare module '*.sass';

declare namespace NodeJS {
  interface ProcessEnv {
    /** Node's own variable; affects the build output. */
    NODE_ENV: 'development' | 'production' | 'test';
    /** The platform being built. */
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn';
    /** WeChat AppID (Taro's special variable, optional). */
    TARO_APP_ID?: string;
    /** CloudBase environment id passed to Taro.cloud.init on weapp; '' = the AppID's default. */
    TARO_APP_CLOUD_ENV?: string;
    /** WeChat subscribe-message template ids, comma-separated, asked for when booking; '' = none. */
    TARO_APP_SUBSCRIBE_TEMPLATES?: string;
  }
}
