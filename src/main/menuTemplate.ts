// Imports only types from `electron`, so the template is unit-tested in Node.
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../core/schemas/common';
import { menuMessages } from './menuMessages';

export type MenuOptions = {
  /** `process.platform`: macOS puts Quit and About in an app menu of its own. */
  platform: string;
  /** Not packaged (`npm run dev`, tests): adds Reload and Developer tools. */
  development: boolean;
};

/**
 * The application menu: File (Quit), Edit (undo, clipboard), View (zoom, full
 * screen), Help (About), every label in `lang`. Roles do the work, so the
 * keyboard shortcuts are the platform's own.
 */
export function menuTemplate(lang: Language, options: MenuOptions): MenuItemConstructorOptions[] {
  const m = menuMessages[lang];
  const isMac = options.platform === 'darwin';
  const quit: MenuItemConstructorOptions = { role: 'quit', label: m.quit };
  const about: MenuItemConstructorOptions = { role: 'about', label: m.about };
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const devItems: MenuItemConstructorOptions[] = options.development
    ? [
        separator,
        { role: 'reload', label: m.reload },
        { role: 'toggleDevTools', label: m.devTools },
      ]
    : [];
  // On macOS the first menu is the app menu; the system shows the app's name
  // (the same in every language) whatever the label says.
  const appMenu: MenuItemConstructorOptions = isMac
    ? { label: 'Talkoot', submenu: [about, separator, quit] }
    : { label: m.file, submenu: [quit] };
  return [
    appMenu,
    {
      label: m.edit,
      submenu: [
        { role: 'undo', label: m.undo },
        { role: 'redo', label: m.redo },
        separator,
        { role: 'cut', label: m.cut },
        { role: 'copy', label: m.copy },
        { role: 'paste', label: m.paste },
        { role: 'selectAll', label: m.selectAll },
      ],
    },
    {
      label: m.view,
      submenu: [
        { role: 'zoomIn', label: m.zoomIn },
        { role: 'zoomOut', label: m.zoomOut },
        { role: 'resetZoom', label: m.resetZoom },
        separator,
        { role: 'togglefullscreen', label: m.fullscreen },
        ...devItems,
      ],
    },
    ...(isMac ? [] : [{ label: m.help, submenu: [about] }]),
  ];
}
