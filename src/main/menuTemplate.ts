// Imports only types from `electron`, so the templates are unit-tested in Node.
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../core/schemas/common';
import type { MenuCommand } from '../shared/menuCommands';
import { scopedTranslate } from '../core/i18n/translate';

export type MenuOptions = {
  /** `process.platform`: macOS puts Quit and About in an app menu of its own. */
  platform: string;
  /** Not packaged (`npm run dev`, tests): adds Reload and Developer tools. */
  development: boolean;
  /** Sends a command to the window (the `menuCommand` channel). */
  send: (command: MenuCommand) => void;
  /** About Talkoot: version and data folder. */
  about: () => void;
  openBackupFolder: () => void;
  userGuide: () => void;
};

/**
 * The shortcuts of the app's own commands. Zoom, full screen and the
 * clipboard keep the platform's own through their roles.
 */
export const menuShortcuts = {
  newHourEntry: 'CmdOrCtrl+N',
  search: 'CmdOrCtrl+F',
  settings: 'CmdOrCtrl+,',
} as const satisfies Partial<Record<MenuCommand, string>>;

/**
 * The application menu, every label in `lang`: File (new hour entry, export,
 * back up, restore, import members, save a report, settings, quit), Edit
 * (the standard roles, search), View (zoom, full screen, text size), Help
 * (about, the backup folder, the user guide). Commands the page carries out
 * go to the window through `options.send`.
 */
export function menuTemplate(lang: Language, options: MenuOptions): MenuItemConstructorOptions[] {
  const m = scopedTranslate(lang, 'desktop.menu');
  const isMac = options.platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const command = (name: MenuCommand, label: string): MenuItemConstructorOptions => ({
    id: name,
    label,
    click: () => options.send(name),
    ...(name in menuShortcuts
      ? { accelerator: menuShortcuts[name as keyof typeof menuShortcuts] }
      : {}),
  });
  const quit: MenuItemConstructorOptions = { role: 'quit', label: m('quit') };
  const about: MenuItemConstructorOptions = {
    id: 'about',
    label: m('about'),
    click: options.about,
  };
  const settings = command('settings', m('settings'));
  const devItems: MenuItemConstructorOptions[] = options.development
    ? [
        separator,
        { role: 'reload', label: m('reload') },
        { role: 'toggleDevTools', label: m('devTools') },
      ]
    : [];
  const file: MenuItemConstructorOptions = {
    label: m('file'),
    submenu: [
      command('newHourEntry', m('newHourEntry')),
      separator,
      command('exportDataFile', m('exportDataFile')),
      command('backUpNow', m('backUpNow')),
      command('restore', m('restore')),
      separator,
      command('importMembers', m('importMembers')),
      command('saveReport', m('saveReport')),
      // On macOS Settings and Quit live in the app menu.
      ...(isMac ? [] : [separator, settings, separator, quit]),
    ],
  };
  return [
    // On macOS the first menu is the app menu; the system shows the app's
    // name (the same in every language) whatever the label says.
    ...(isMac
      ? [{ label: 'Talkoot', submenu: [about, separator, settings, separator, quit] }]
      : []),
    file,
    {
      label: m('edit'),
      submenu: [
        { role: 'undo', label: m('undo') },
        { role: 'redo', label: m('redo') },
        separator,
        { role: 'cut', label: m('cut') },
        { role: 'copy', label: m('copy') },
        { role: 'paste', label: m('paste') },
        { role: 'selectAll', label: m('selectAll') },
        separator,
        command('search', m('search')),
      ],
    },
    {
      label: m('view'),
      submenu: [
        { role: 'zoomIn', label: m('zoomIn') },
        { role: 'zoomOut', label: m('zoomOut') },
        { role: 'resetZoom', label: m('resetZoom') },
        separator,
        {
          label: m('textSize'),
          submenu: [
            command('textLarger', m('textLarger')),
            command('textSmaller', m('textSmaller')),
            command('textReset', m('textReset')),
          ],
        },
        separator,
        { role: 'togglefullscreen', label: m('fullscreen') },
        ...devItems,
      ],
    },
    {
      label: m('help'),
      // macOS looks for a menu with the help role to add its search field.
      ...(isMac ? { role: 'help' as const } : {}),
      submenu: [
        { id: 'userGuide', label: m('userGuide'), click: options.userGuide },
        { id: 'openBackupFolder', label: m('openBackupFolder'), click: options.openBackupFolder },
        ...(isMac ? [] : [separator, about]),
      ],
    },
  ];
}

/** What the context menu needs of Electron's `context-menu` params. */
export type ContextMenuParams = {
  isEditable: boolean;
  selectionText: string;
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
};

/**
 * The right-click menu: cut, copy, paste and select all in a text field;
 * copy on selected text elsewhere; nothing (no menu) anywhere else.
 */
export function contextMenuTemplate(
  lang: Language,
  params: ContextMenuParams,
): MenuItemConstructorOptions[] {
  const m = scopedTranslate(lang, 'desktop.menu');
  const flags = params.editFlags;
  if (params.isEditable) {
    return [
      { role: 'cut', label: m('cut'), enabled: flags.canCut },
      { role: 'copy', label: m('copy'), enabled: flags.canCopy },
      { role: 'paste', label: m('paste'), enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: m('selectAll'), enabled: flags.canSelectAll },
    ];
  }
  if (params.selectionText.trim() !== '') return [{ role: 'copy', label: m('copy') }];
  return [];
}
