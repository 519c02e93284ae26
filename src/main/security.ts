import { shell, type BrowserWindow, type Session } from 'electron';
import { buildCsp, isAppUrl, isSafeExternalUrl } from './securityPolicy';

/** Session-wide hardening: CSP on every response, no permissions, no webviews. */
export function hardenSession(session: Session, devUrl?: string): void {
  const csp = buildCsp(devUrl);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] },
    });
  });
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Window hardening: no new windows, no navigation away from the app, no webviews. */
export function hardenWindow(win: BrowserWindow, devUrl?: string): void {
  const contents = win.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  const guard = (event: { preventDefault: () => void }, url: string) => {
    if (!isAppUrl(url, devUrl)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
