import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildCsp,
  createExternalLinkOpener,
  hardenSession,
  hardenWebContents,
  isAllowedExternalUrl,
  isAppUrl,
  isSafeExternalUrl,
  resolveAppPath,
} from '../../src/main/security';

describe('isAppUrl', () => {
  it('accepts pages of the app origin', () => {
    expect(isAppUrl('app://talkoot/')).toBe(true);
    expect(isAppUrl('app://talkoot/index.html')).toBe(true);
    expect(isAppUrl('app://talkoot/#/people?id=1')).toBe(true);
  });

  it('rejects every other origin', () => {
    expect(isAppUrl('https://evil.example/')).toBe(false);
    expect(isAppUrl('https://talkoot/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('file:///C:/talkoot/index.html')).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('app://talkoot.evil.example/')).toBe(false);
    expect(isAppUrl('app://talkoot:8080/')).toBe(false);
    expect(isAppUrl('app://user@talkoot.evil/')).toBe(false);
    expect(isAppUrl('about:blank')).toBe(false);
    expect(isAppUrl('')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('accepts the dev server only when it is given, and only its origin', () => {
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/x', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('https://evil.example/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('app://talkoot/', 'http://localhost:5173')).toBe(true);
  });
});

describe('isSafeExternalUrl', () => {
  it('lets only https links go to the system browser', () => {
    expect(isSafeExternalUrl('https://www.stea.fi/')).toBe(true);
    expect(isSafeExternalUrl('http://example.com/')).toBe(false);
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('smb://server/share')).toBe(false);
    expect(isSafeExternalUrl('mailto:a@b.fi')).toBe(false);
  });
});

describe('resolveAppPath', () => {
  const root = resolve('/srv/talkoot/renderer');

  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://talkoot/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://talkoot')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://talkoot/index.html?x=1#/people')).toBe(
      join(root, 'index.html'),
    );
    expect(resolveAppPath(root, 'app://talkoot/assets/index-abc.js')).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppPath(root, 'app://talkoot/fonts/Inter%20Regular.woff2')).toBe(
      join(root, 'fonts', 'Inter Regular.woff2'),
    );
  });

  it('never resolves outside the folder: literal ../ is folded by the URL parser', () => {
    // The WHATWG parser removes dot segments (plain and %2e-encoded) before we
    // see the path: the result is a harmless path inside the folder (a 404).
    for (const url of [
      'app://talkoot/../../etc/passwd',
      'app://talkoot/%2e%2e/%2e%2e/etc/passwd',
      'app://talkoot/%2E%2E/etc/passwd',
      'app://talkoot/.%2e/etc/passwd',
    ]) {
      expect(resolveAppPath(root, url)).toBe(join(root, 'etc', 'passwd'));
    }
  });

  it('refuses traversal that survives URL parsing (encoded slashes and backslashes)', () => {
    expect(resolveAppPath(root, 'app://talkoot/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppPath(root, 'app://talkoot/%2e%2e%2f%2e%2e%2fetc%2fpasswd')).toBeNull();
    expect(
      resolveAppPath(root, 'app://talkoot/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret'),
    ).toBeNull();
    expect(resolveAppPath(root, 'app://talkoot/..%5c..%5cwindows%5cwin.ini')).toBeNull();
    expect(resolveAppPath(root, 'app://talkoot/%2fetc%2fpasswd')).toBe(join(root, 'etc', 'passwd'));
    expect(resolveAppPath(root, 'app://talkoot/C%3a%5cWindows%5cwin.ini')).toBeNull();
  });

  it('refuses NUL bytes, broken encoding, other hosts and other schemes', () => {
    expect(resolveAppPath(root, 'app://talkoot/index.html%00.png')).toBeNull();
    expect(resolveAppPath(root, 'app://talkoot/%E0%A4%A')).toBeNull();
    expect(resolveAppPath(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'https://talkoot/index.html')).toBeNull();
    expect(resolveAppPath(root, 'garbage')).toBeNull();
  });
});

describe('buildCsp', () => {
  const directives = (csp: string) =>
    new Map(
      csp.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );

  it('has the production directives, and neither eval nor inline scripts', () => {
    const csp = buildCsp();
    const d = directives(csp);
    expect(d.get('default-src')).toBe("'self'");
    expect(d.get('script-src')).toBe("'self'");
    expect(d.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(d.get('img-src')).toBe("'self' data: blob:");
    expect(d.get('font-src')).toBe("'self' data:");
    expect(d.get('connect-src')).toBe("'self'");
    expect(d.get('object-src')).toBe("'none'");
    expect(d.get('base-uri')).toBe("'none'");
    expect(d.get('frame-ancestors')).toBe("'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('localhost');
    expect(csp).not.toContain('ws:');
  });

  it('in development also allows the dev server and its HMR websocket, never eval', () => {
    const csp = buildCsp('http://localhost:5173/');
    const d = directives(csp);
    expect(d.get('connect-src')).toBe("'self' http://localhost:5173 ws://localhost:5173");
    expect(csp).not.toContain('unsafe-eval');
    expect(d.get('object-src')).toBe("'none'");
  });
});

describe('external links', () => {
  it('allow only https on the allow-list, with its subdomains, no credentials or ports', () => {
    expect(isAllowedExternalUrl('https://www.stea.fi/avustukset')).toBe(true);
    expect(isAllowedExternalUrl('https://stea.fi/')).toBe(true);
    expect(isAllowedExternalUrl('https://WWW.SUOMI.FI/')).toBe(true);
    expect(isAllowedExternalUrl('http://www.stea.fi/')).toBe(false);
    expect(isAllowedExternalUrl('https://stea.fi.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://evilstea.fi/')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@stea.fi/')).toBe(false);
    expect(isAllowedExternalUrl('https://stea.fi@evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://stea.fi:8443/')).toBe(false);
    expect(isAllowedExternalUrl('https://example.com/')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('not a url')).toBe(false);
    expect(isAllowedExternalUrl('https://a.example/', ['a.example'])).toBe(true);
  });

  it('never allow a random URL off the list', () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        const host = new URL(url).hostname;
        const listed = [
          'stea.fi',
          'suomi.fi',
          'prh.fi',
          'vero.fi',
          'avustukset.fi',
          'kansalaisyhteiskunta.fi',
        ].some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
        expect(isAllowedExternalUrl(url)).toBe(
          listed && url.startsWith('https:') && new URL(url).port === '' && !new URL(url).username,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('open only after the user confirmed the address shown, and nothing off the list', async () => {
    const asked: string[] = [];
    const opened: string[] = [];
    let answer = false;
    const open = createExternalLinkOpener({
      confirm: async (url) => {
        asked.push(url);
        return answer;
      },
      open: async (url) => void opened.push(url),
    });
    expect(await open('https://www.stea.fi/a b')).toBe(false);
    expect(asked).toEqual(['https://www.stea.fi/a%20b']);
    expect(opened).toEqual([]);
    answer = true;
    expect(await open('https://www.stea.fi/x')).toBe(true);
    expect(opened).toEqual(['https://www.stea.fi/x']);
    expect(await open('https://evil.example/')).toBe(false);
    expect(await open('http://www.stea.fi/')).toBe(false);
    expect(asked).toHaveLength(2);
    expect(opened).toHaveLength(1);
  });
});

describe('hardening of sessions and windows', () => {
  it('deny every permission request, check and device', () => {
    const calls: Record<string, unknown> = {};
    const session = {
      webRequest: { onHeadersReceived: (listener: unknown) => (calls.headers = listener) },
      setPermissionRequestHandler: (handler: unknown) => (calls.request = handler),
      setPermissionCheckHandler: (handler: unknown) => (calls.check = handler),
      setDevicePermissionHandler: (handler: unknown) => (calls.device = handler),
    };
    hardenSession(session as never);
    const answers: boolean[] = [];
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'openExternal',
    ]) {
      (calls.request as (c: unknown, p: string, cb: (ok: boolean) => void) => void)(
        {},
        permission,
        (ok) => answers.push(ok),
      );
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect((calls.check as () => boolean)()).toBe(false);
    expect((calls.device as () => boolean)()).toBe(false);
    let headers: Record<string, string[]> = {};
    (
      calls.headers as (
        d: unknown,
        cb: (r: { responseHeaders: Record<string, string[]> }) => void,
      ) => void
    )(
      { responseHeaders: { 'content-security-policy': ['default-src *'] } },
      (result) => (headers = result.responseHeaders),
    );
    expect(Object.keys(headers)).toEqual(['Content-Security-Policy']);
    expect(headers['Content-Security-Policy']?.[0]).toBe(buildCsp());
  });

  it('deny new windows and navigation off the app, in the window and in frames', async () => {
    const listeners: Record<string, (event: { url: string; preventDefault: () => void }) => void> =
      {};
    let windowOpen: (details: { url: string }) => { action: string } = () => ({ action: 'allow' });
    const contents = {
      setWindowOpenHandler: (handler: typeof windowOpen) => (windowOpen = handler),
      on: (name: string, listener: (typeof listeners)[string]) => (listeners[name] = listener),
    };
    const offered: string[] = [];
    hardenWebContents(contents as never, undefined, async (url) => {
      offered.push(url);
      return false;
    });
    expect(Object.keys(listeners).sort()).toEqual(
      ['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect'].sort(),
    );
    for (const url of [
      'https://www.stea.fi/',
      'https://evil.example/',
      'http://x/',
      'app://talkoot/',
    ]) {
      expect(windowOpen({ url })).toEqual({ action: 'deny' });
    }
    expect(offered).toEqual(['https://www.stea.fi/']);
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      let prevented = 0;
      const preventDefault = () => void prevented++;
      listeners[name]!({ url: 'https://evil.example/', preventDefault });
      listeners[name]!({ url: 'file:///etc/passwd', preventDefault });
      listeners[name]!({ url: 'app://talkoot/#/members', preventDefault });
      expect(prevented, name).toBe(2);
    }
    let webviewPrevented = false;
    listeners['will-attach-webview']!({ url: '', preventDefault: () => (webviewPrevented = true) });
    expect(webviewPrevented).toBe(true);
  });
});

describe('resolveAppPath under random paths', () => {
  it('never resolves a random request outside the renderer folder', () => {
    const root = resolve('/srv/out/renderer');
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.constantFrom('..', '.', '%2e%2e', '%2E%2E%2F', '..%5c', '%00', 'C:', '\\', '%252e'),
          ),
          { maxLength: 6 },
        ),
        (parts) => {
          const path = resolveAppPath(root, `app://talkoot/${parts.join('/')}`);
          if (path !== null)
            expect(path.startsWith(root + '/') || path.startsWith(root + '\\')).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
