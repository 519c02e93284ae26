// Pure security rules of the Electron shell: no `electron` import, so they are unit-tested in Node.
import { isAbsolute, relative, resolve } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'talkoot';

/** The Content-Security-Policy of every renderer page; `devUrl` only in `npm run dev`. */
export function buildCsp(devUrl?: string): string {
  const dev = devUrl ? new URL(devUrl) : undefined;
  const connect = dev ? ` ${dev.origin} ws://${dev.host}` : '';
  const script = dev ? ` ${dev.origin}` : '';
  return [
    "default-src 'self'",
    `script-src 'self'${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Is `url` a page of the app itself (app://talkoot/…, or the dev server in development)? */
export function isAppUrl(url: string, devUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (devUrl) {
    try {
      return parsed.origin === new URL(devUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}

/** Only https links may leave the app, and only to the system browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The file inside `rendererDir` that an app:// request asks for, or null when
 * the request is for another host or would escape the folder.
 */
export function resolveAppPath(rendererDir: string, requestUrl: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(requestUrl);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = resolve(rendererDir);
  const target = resolve(
    root,
    `.${pathname === '/' || pathname === '' ? '/index.html' : pathname}`,
  );
  const rel = relative(root, target);
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  return target;
}
