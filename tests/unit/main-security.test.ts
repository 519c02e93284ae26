import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildCsp,
  isAppUrl,
  isSafeExternalUrl,
  resolveAppPath,
} from '../../src/main/securityPolicy';
import { menuLanguage, menuMessages } from '../../src/main/menuMessages';

describe('isAppUrl', () => {
  it('accepts only the app origin (and the dev server when given)', () => {
    expect(isAppUrl('app://talkoot/index.html')).toBe(true);
    expect(isAppUrl('app://talkoot/#/settings')).toBe(true);
    expect(isAppUrl('https://evil.example/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });
});

describe('resolveAppPath', () => {
  const root = resolve('/srv/renderer');
  it('maps app URLs into the renderer folder', () => {
    expect(resolveAppPath(root, 'app://talkoot/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://talkoot/assets/a.js')).toBe(join(root, 'assets/a.js'));
  });
  it('refuses traversal, encoded traversal and other hosts', () => {
    // The URL parser already folds leading ../ into the root: the result stays inside.
    expect(resolveAppPath(root, 'app://talkoot/../../etc/passwd')).toBe(join(root, 'etc/passwd'));
    expect(resolveAppPath(root, 'app://talkoot/%2e%2e/%2e%2e/etc/passwd')).toBe(
      join(root, 'etc/passwd'),
    );
    expect(resolveAppPath(root, 'app://talkoot/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppPath(root, 'app://talkoot/a%00.js')).toBeNull();
    expect(resolveAppPath(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
  });
});

describe('buildCsp', () => {
  it('allows only the app itself, never eval or plugins', () => {
    const csp = buildCsp();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('ws:');
    expect(buildCsp('http://localhost:5173')).toContain('ws://localhost:5173');
  });
});

describe('external links and menus', () => {
  it('lets only https leave the app', () => {
    expect(isSafeExternalUrl('https://www.stea.fi/')).toBe(true);
    expect(isSafeExternalUrl('http://example.com/')).toBe(false);
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
  });
  it('picks the menu language from the OS locale, Finnish by default', () => {
    expect(menuLanguage('sv-FI')).toBe('sv');
    expect(menuLanguage('en-GB')).toBe('en');
    expect(menuLanguage('de-DE')).toBe('fi');
    expect(Object.keys(menuMessages.sv)).toEqual(Object.keys(menuMessages.fi));
    expect(Object.keys(menuMessages.en)).toEqual(Object.keys(menuMessages.fi));
  });
});
