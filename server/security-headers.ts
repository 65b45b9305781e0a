/**
 * Security headers on everything the host answers (helmet), with a Content Security
 * Policy that fits the H5 app and nothing more:
 *  - scripts only from this origin, plus the inline script Taro puts in index.html (allowed by
 *    its hash, read from the build the host serves, so a rebuild needs no edit here);
 *  - styles from this origin and inline: Taro's router and NutUI write <style> elements and style
 *    attributes at run time;
 *  - images from this origin, `data:` (the check-in QR code) and `blob:` (photos chosen on the phone,
 *    shown before they are sent);
 *  - fetches to this origin, `blob:` (an upload reads the chosen file from its blob: URL), and the
 *    API's origin when the build was pointed elsewhere (TARO_APP_API_BASE);
 *  - never framed (frame-ancestors 'none', X-Frame-Options DENY), no plugins, no <base> tricks.
 * Also nosniff and `Referrer-Policy: no-referrer` (page addresses and signed file URLs stay here).
 * HSTS is left to whatever terminates TLS in front of the host: the host itself speaks plain HTTP
 * on a station's network. /files answers with its own, stricter CSP (server/file-route.ts).
 *
 * helmet's middleware is built once, here, and run in an onRequest hook. Not @fastify/helmet: its
 * version 13 calls `helmet(options)` inside every request (index.js, buildHelmetOnRoutes), parsing
 * and validating the whole policy each time, which was ~6% of the host's CPU in a check-in burst.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/** The hashes CSP allows the build's inline <script> elements by. */
export function inlineScriptHashes(h5Dir: string | null): string[] {
  const index = h5Dir ? join(h5Dir, 'index.html') : null;
  if (!index || !existsSync(index)) return [];
  const html = readFileSync(index, 'utf8');
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((m) => m[1]!)
    .filter((code) => code.trim() !== '')
    .map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
}

/** The origin of an API base URL, or null when the API is this origin (empty or a path). */
export function apiOriginOf(apiBase: string | undefined): string | null {
  if (!apiBase || !/^https?:\/\//i.test(apiBase)) return null;
  try {
    return new URL(apiBase).origin;
  } catch {
    return null;
  }
}

export interface SecurityHeaderOptions {
  /** The H5 build the host serves (its index.html's inline scripts are allowed by hash). */
  h5Dir: string | null;
  /** The API base the H5 build was made with; default: TARO_APP_API_BASE, as the build reads it. */
  apiBase?: string;
}

export function registerSecurityHeaders(app: FastifyInstance, options: SecurityHeaderOptions): void {
  const api = apiOriginOf(options.apiBase ?? process.env.TARO_APP_API_BASE);
  const elsewhere = api ? [api] : [];
  const setHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...inlineScriptHashes(options.h5Dir)],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // 'https:': an article's body may show a picture from an https address (its author is a
        // chief or an admin, and the sanitiser keeps https images only, cloudfunctions/content/
        // render.ts); pictures cannot run, and no other kind of resource is widened.
        imgSrc: ["'self'", 'data:', 'blob:', 'https:', ...elsewhere],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'blob:', ...elsewhere],
        mediaSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
  });
  // On the raw response, as @fastify/helmet does: a route's own header of the same name (the
  // CSP of /files) is passed to writeHead later and wins.
  app.addHook('onRequest', (req, reply, done) =>
    // helmet 8 throws instead of passing an error on (none of these headers can fail per request).
    setHeaders(req.raw, reply.raw, () => done()),
  );
}
