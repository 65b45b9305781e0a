/**
 * Page codes on CloudBase: WeChat's mini program code (`wxacode.getUnlimited`, cloud call), so the
 * phone's own camera or WeChat's scan opens the page with `options.scene`. The function's
 * config.json must grant `wxacode.getUnlimited` (scripts/build-functions.ts CONFIG).
 */
import type { PageCode, PageCodes } from '../../../core/ports';

/** The part of `cloud.openapi` this uses (cloud calls take camelCase parameters). */
export interface WxacodeApi {
  wxacode: {
    getUnlimited(args: {
      scene: string;
      page: string;
      checkPath: boolean;
      envVersion?: string;
      width?: number;
    }): Promise<{ buffer?: Uint8Array | ArrayBuffer; contentType?: string; errCode?: number; errMsg?: string }>;
  };
}

/** `envVersion`: which build the code opens — 'release' (default), 'trial' or 'develop'. */
export function wxacodePageCodes(openapi: WxacodeApi, envVersion = 'release'): PageCodes {
  return {
    async draw(request): Promise<PageCode> {
      const res = await openapi.wxacode.getUnlimited({
        scene: request.scene,
        page: request.page,
        // The page may be in a version not yet released (trial / develop builds).
        checkPath: false,
        envVersion,
        width: 430,
      });
      if (!res.buffer || (res.errCode !== undefined && res.errCode !== 0)) {
        throw new Error(`wxacode.getUnlimited failed: ${res.errCode ?? '?'} ${res.errMsg ?? ''}`);
      }
      const bytes = res.buffer instanceof Uint8Array ? res.buffer : new Uint8Array(res.buffer);
      const type = res.contentType || 'image/png';
      return { image: `data:${type};base64,${Buffer.from(bytes).toString('base64')}`, kind: 'miniprogram' };
    },
  };
}
