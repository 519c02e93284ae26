// Hardening of the Electron shell. This file imports only *types* from
// `electron` (Electron objects are passed in), so the rules below run and are
// unit-tested in plain Node: a value import of 'electron' would break
// tests/unit/main-security.test.ts at once.
import type { Session, WebContents } from 'electron';
import { isAbsolute, relative, resolve } from 'node:path';
import { APP_HOST, APP_SCHEME } from '../shared/ipc';

/**
 * The Content-Security-Policy of every renderer page. `devUrl` is the
 * electron-vite dev server (only in `npm run dev`): its HMR websocket must be
 * reachable, and @vitejs/plugin-react injects an inline "preamble" script for
 * fast refresh, so dev alone allows inline scripts. Production never does.
 */
export function buildCsp(devUrl?: string): string {
  const dev = devUrl ? parseUrl(devUrl) : null;
  const devConnect = dev
    ? ` ${dev.origin} ${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}`
    : '';
  return [
    "default-src 'self'",
    `script-src 'self'${dev ? " 'unsafe-inline'" : ''}`,
    // Mantine injects <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${devConnect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    // Forms are handled in JS; a real form submission would be a navigation.
    "form-action 'none'",
  ].join('; ');
}

/** True when `url` is a page of the app itself: app://talkoot/…, or the dev server's origin when `devUrl` is given. */
export function isAppUrl(url: string, devUrl?: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  const dev = devUrl ? parseUrl(devUrl) : null;
  return dev !== null && parsed.origin === dev.origin;
}

/** True for the only kind of link that may leave the app (to the system browser): https. */
export function isSafeExternalUrl(url: string): boolean {
  return parseUrl(url)?.protocol === 'https:';
}

/**
 * The sites a link in the app may open in the system browser (each also
 * with any subdomain): public services an association deals with. Anything
 * else stays closed: a link in imported data (a funder's website typed by
 * someone else) cannot send the user anywhere without a change here.
 */
export const externalLinkHosts = [
  'stea.fi',
  'suomi.fi',
  'prh.fi',
  'vero.fi',
  'avustukset.fi',
  'kansalaisyhteiskunta.fi',
] as const;

/**
 * True when `url` may be offered to the system browser: https, the default
 * port, no user name or password in it, and a host on `hosts` (or a
 * subdomain of one).
 */
export function isAllowedExternalUrl(
  url: string,
  hosts: readonly string[] = externalLinkHosts,
): boolean {
  const parsed = parseUrl(url);
  if (!parsed || parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return false;
  const host = parsed.hostname.toLowerCase();
  return hosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

/** What opening an external link needs: a question showing the address, and the system browser. */
export type ExternalLinkDeps = {
  /** Shows the full address and asks whether to open it; true = open. */
  confirm: (url: string) => Promise<boolean>;
  /** `shell.openExternal`. */
  open: (url: string) => Promise<void>;
  hosts?: readonly string[];
};

/**
 * The only way to the system browser: an allowed https address (normalised
 * by the URL parser, so what is shown is what opens), opened only after the
 * user said yes to a question that shows it. Resolves true when opened.
 */
export function createExternalLinkOpener(
  deps: ExternalLinkDeps,
): (url: string) => Promise<boolean> {
  return async (url) => {
    if (!isAllowedExternalUrl(url, deps.hosts)) return false;
    const address = new URL(url).href;
    if (!(await deps.confirm(address))) return false;
    await deps.open(address);
    return true;
  };
}

/**
 * The file inside `rendererDir` that an app:// request asks for, or null when
 * the request is for another scheme or host, or its path is suspicious or
 * would escape the folder (`..`, encoded `%2e%2e%2f`, backslashes, NUL, drive
 * letters). `app://talkoot/` is `index.html`.
 */
export function resolveAppPath(rendererDir: string, requestUrl: string): string | null {
  const parsed = parseUrl(requestUrl);
  if (!parsed || parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  // The URL parser has already folded literal `..` segments; whatever is left
  // after decoding came encoded, and no built asset needs any of these.
  if (/[\\:\0]/.test(pathname)) return null;
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  const root = resolve(rendererDir);
  const target = resolve(root, ...(segments.length === 0 ? ['index.html'] : segments));
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return target;
}

/** Session-wide hardening: the CSP header on every response, and no permission is ever granted. */
export function hardenSession(session: Session, devUrl?: string): void {
  const csp = buildCsp(devUrl);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    // Replace, whatever its capitalisation, rather than add a second policy.
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    headers['Content-Security-Policy'] = [csp];
    callback({ responseHeaders: headers });
  });
  // Camera, microphone, notifications, geolocation, clipboard reading, …: the
  // app needs none of them.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // USB, serial, HID and Bluetooth devices: none either.
  session.setDevicePermissionHandler(() => false);
}

/**
 * Hardening of one WebContents: `window.open` is always denied (an allowed
 * https link is offered to the system browser instead, after a question,
 * see `createExternalLinkOpener`), navigation and redirects away from the
 * app are prevented in the window and in any frame, and no <webview> may
 * attach.
 */
export function hardenWebContents(
  contents: WebContents,
  devUrl: string | undefined,
  openExternal: (url: string) => Promise<boolean>,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });
  const stayInApp = (event: { url: string; preventDefault: () => void }) => {
    if (!isAppUrl(event.url, devUrl)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
