import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCsp, isAppUrl, isSafeExternalUrl, resolveAppPath } from '../../src/main/security';

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
