import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuLanguage, menuMessages } from '../../src/main/menuMessages';
import { menuTemplate } from '../../src/main/menuTemplate';

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

describe('application menu', () => {
  it('picks the language from the OS locale, Finnish by default', () => {
    expect(menuLanguage('fi')).toBe('fi');
    expect(menuLanguage('fi-FI')).toBe('fi');
    expect(menuLanguage('sv-FI')).toBe('sv');
    expect(menuLanguage('sv')).toBe('sv');
    expect(menuLanguage('en-GB')).toBe('en');
    expect(menuLanguage('EN_us')).toBe('en');
    expect(menuLanguage('de-DE')).toBe('fi');
    expect(menuLanguage('')).toBe('fi');
  });

  it('has the same keys in every language, none empty', () => {
    for (const lang of ['sv', 'en'] as const) {
      expect(Object.keys(menuMessages[lang]).sort()).toEqual(Object.keys(menuMessages.fi).sort());
    }
    for (const lang of ['fi', 'sv', 'en'] as const) {
      for (const text of Object.values(menuMessages[lang])) expect(text.trim()).not.toBe('');
    }
  });

  it('labels every item in the chosen language', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      for (const platform of ['win32', 'linux', 'darwin']) {
        const items = flatten(menuTemplate(lang, { platform, development: true }));
        const labels = new Set<string>(Object.values(menuMessages[lang]));
        for (const item of items) {
          if (item.type === 'separator') continue;
          expect(item.label, JSON.stringify(item)).toBeTruthy();
          if (!(platform === 'darwin' && item.label === 'Talkoot')) {
            expect(labels.has(item.label ?? '')).toBe(true);
          }
        }
      }
    }
  });

  it('has File: Quit, Edit with clipboard roles, View zoom and full screen, Help: About', () => {
    const menu = menuTemplate('fi', { platform: 'win32', development: false });
    expect(menu.map((item) => item.label)).toEqual(['Tiedosto', 'Muokkaa', 'Näytä', 'Ohje']);
    const roles = flatten(menu)
      .map((item) => item.role)
      .filter(Boolean);
    expect(roles).toEqual([
      'quit',
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'togglefullscreen',
      'about',
    ]);
  });

  it('offers Reload and Developer tools only in development', () => {
    const roles = (development: boolean) =>
      flatten(menuTemplate('en', { platform: 'linux', development })).map((item) => item.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
  });
});
