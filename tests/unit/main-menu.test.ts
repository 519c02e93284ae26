import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/core/i18n';
import { menuLanguage } from '../../src/main/menuMessages';
import {
  contextMenuTemplate,
  menuShortcuts,
  menuTemplate,
  type MenuOptions,
} from '../../src/main/menuTemplate';
import { isMenuCommand, menuCommands, type MenuCommand } from '../../src/shared/menuCommands';
import { mainToWindowChannels } from '../../src/shared/ipcChannels';

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

function options(platform = 'win32', development = false) {
  const sent: MenuCommand[] = [];
  const actions: string[] = [];
  const opts: MenuOptions = {
    platform,
    development,
    send: (command) => sent.push(command),
    about: () => actions.push('about'),
    openBackupFolder: () => actions.push('openBackupFolder'),
    userGuide: () => actions.push('userGuide'),
  };
  return { opts, sent, actions };
}

const click = (item: MenuItemConstructorOptions) =>
  (item.click as unknown as () => void | undefined)?.();

const labelsOf = (menu: MenuItemConstructorOptions[]) =>
  (Array.isArray(menu) ? menu : []).map((item) => item.label ?? item.role ?? item.type);

describe('application menu', () => {
  it('picks the language from a locale, Finnish by default', () => {
    expect(menuLanguage('fi-FI')).toBe('fi');
    expect(menuLanguage('sv-FI')).toBe('sv');
    expect(menuLanguage('EN_us')).toBe('en');
    expect(menuLanguage('de-DE')).toBe('fi');
    expect(menuLanguage('')).toBe('fi');
  });

  it('takes its labels from the app catalogue, none empty', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      for (const text of Object.values(messages[lang].desktop.menu))
        expect(text.trim()).not.toBe('');
    }
  });

  it('labels every item in the chosen language, on every platform', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      for (const platform of ['win32', 'linux', 'darwin']) {
        const items = flatten(menuTemplate(lang, options(platform, true).opts));
        const labels = new Set<string>(Object.values(messages[lang].desktop.menu));
        for (const item of items) {
          if (item.type === 'separator') continue;
          if (platform === 'darwin' && item.label === 'Talkoot') continue;
          expect(labels.has(item.label ?? ''), JSON.stringify(item)).toBe(true);
        }
      }
    }
  });

  it('has File, Edit, View and Help with the issue’s items, in Finnish', () => {
    const menu = menuTemplate('fi', options().opts);
    expect(menu.map((item) => item.label)).toEqual(['Tiedosto', 'Muokkaa', 'Näytä', 'Ohje']);
    const [file, edit, view, help] = menu.map(
      (item) => item.submenu as MenuItemConstructorOptions[],
    );
    expect(labelsOf(file!)).toEqual([
      'Uusi tuntikirjaus',
      'separator',
      'Vie tiedosto…',
      'Varmuuskopioi nyt',
      'Palauta varmuuskopiosta…',
      'separator',
      'Tuo jäseniä…',
      'Tallenna raportti…',
      'separator',
      'Asetukset',
      'separator',
      'Lopeta',
    ]);
    expect(edit!.map((item) => item.role).filter(Boolean)).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
    expect(labelsOf(edit!)).toContain('Hae');
    expect(view!.map((item) => item.role).filter(Boolean)).toEqual([
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'togglefullscreen',
    ]);
    const textSize = view!.find((item) => item.label === 'Tekstin koko');
    expect(labelsOf(textSize!.submenu as MenuItemConstructorOptions[])).toEqual([
      'Suurempi teksti',
      'Pienempi teksti',
      'Tavallinen teksti (100 %)',
    ]);
    expect(labelsOf(help!)).toEqual([
      'Käyttöohje',
      'Avaa varmuuskopiokansio',
      'separator',
      'Tietoja Talkoot-sovelluksesta',
    ]);
  });

  it('in Swedish and English too', () => {
    expect(menuTemplate('sv', options().opts).map((item) => item.label)).toEqual([
      'Arkiv',
      'Redigera',
      'Visa',
      'Hjälp',
    ]);
    const en = flatten(menuTemplate('en', options().opts)).map((item) => item.label);
    expect(en).toEqual(expect.arrayContaining(['New hour entry', 'Back up now', 'User guide']));
  });

  it('sends every command to the window by name, and each command once', () => {
    const { opts, sent, actions } = options('linux');
    const items = flatten(menuTemplate('en', opts));
    for (const item of items) if (!item.role) click(item);
    expect([...sent].sort()).toEqual([...menuCommands].sort());
    expect(actions.sort()).toEqual(['about', 'openBackupFolder', 'userGuide']);
    expect(mainToWindowChannels.menuCommand).toBe('talkoot:menu-command');
  });

  it('gives new hour entry, search and settings their shortcuts, none twice', () => {
    for (const platform of ['win32', 'darwin']) {
      const items = flatten(menuTemplate('fi', options(platform).opts));
      const byId = (id: string) => items.find((item) => item.id === id);
      expect(byId('newHourEntry')?.accelerator).toBe('CmdOrCtrl+N');
      expect(byId('search')?.accelerator).toBe('CmdOrCtrl+F');
      expect(byId('settings')?.accelerator).toBe('CmdOrCtrl+,');
      const accelerators = items.map((item) => item.accelerator).filter(Boolean);
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
    expect(Object.keys(menuShortcuts).sort()).toEqual(['newHourEntry', 'search', 'settings']);
  });

  it('on macOS puts About, Settings and Quit in the app menu', () => {
    const menu = menuTemplate('sv', options('darwin').opts);
    expect(menu.map((item) => item.label)).toEqual([
      'Talkoot',
      'Arkiv',
      'Redigera',
      'Visa',
      'Hjälp',
    ]);
    expect(labelsOf(menu[0]!.submenu as MenuItemConstructorOptions[])).toEqual([
      'Om Talkoot',
      'separator',
      'Inställningar',
      'separator',
      'Avsluta',
    ]);
    const file = flatten([menu[1]!]).map((item) => item.label);
    expect(file).not.toContain('Avsluta');
    expect(menu[4]!.role).toBe('help');
  });

  it('offers Reload and Developer tools only in development', () => {
    const roles = (development: boolean) =>
      flatten(menuTemplate('en', options('linux', development).opts)).map((item) => item.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
  });

  it('knows its commands: anything else from the channel is ignored by the preload', () => {
    for (const command of menuCommands) expect(isMenuCommand(command)).toBe(true);
    for (const other of ['', 'quit', 'NEWHOURENTRY', 1, null, {}, ['search']]) {
      expect(isMenuCommand(other)).toBe(false);
    }
  });
});

describe('text field context menu', () => {
  const flags = { canCut: true, canCopy: true, canPaste: false, canSelectAll: true };

  it('offers cut, copy, paste and select all in a text field, enabled as Chromium says', () => {
    const menu = contextMenuTemplate('fi', {
      isEditable: true,
      selectionText: 'x',
      editFlags: flags,
    });
    expect(menu.map((item) => [item.role ?? item.type, item.label, item.enabled])).toEqual([
      ['cut', 'Leikkaa', true],
      ['copy', 'Kopioi', true],
      ['paste', 'Liitä', false],
      ['separator', undefined, undefined],
      ['selectAll', 'Valitse kaikki', true],
    ]);
  });

  it('offers copy on selected text, and nothing elsewhere', () => {
    expect(
      contextMenuTemplate('en', { isEditable: false, selectionText: 'Aino', editFlags: flags }),
    ).toEqual([{ role: 'copy', label: 'Copy' }]);
    expect(
      contextMenuTemplate('sv', { isEditable: false, selectionText: '  ', editFlags: flags }),
    ).toEqual([]);
  });
});
