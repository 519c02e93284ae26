import { dialog, type BrowserWindow } from 'electron';
import { translate } from '../core/i18n/translate';
import type { Language } from '../core/schemas/common';
import type { FileDialogs } from './ipcHandlers';

/** The OS file dialogs, modal to the app window when there is one. */
export function nativeDialogs(getWindow: () => BrowserWindow | null): FileDialogs {
  return {
    async chooseSavePath(options) {
      const win = getWindow();
      const result = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath(options) {
      const win = getWindow();
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFolder(current) {
      const win = getWindow();
      const options = {
        defaultPath: current,
        properties: ['openDirectory', 'createDirectory'] as Array<
          'openDirectory' | 'createDirectory'
        >,
      };
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

/**
 * Asks, in the app's language, before a link leaves the app: the question
 * shows the whole address, and Cancel is the default (Enter or Escape keep
 * the user in the app).
 */
export function confirmExternalLinkDialog(
  getWindow: () => BrowserWindow | null,
  getLanguage: () => Language,
): (url: string) => Promise<boolean> {
  return async (url) => {
    const lang = getLanguage();
    const options = {
      type: 'question' as const,
      buttons: [
        translate(lang, 'desktop.dialogs.cancel'),
        translate(lang, 'desktop.dialogs.openLink'),
      ],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
      title: translate(lang, 'desktop.dialogs.externalLinkTitle'),
      message: translate(lang, 'desktop.dialogs.externalLinkMessage'),
      detail: url,
    };
    const win = getWindow();
    const result = win
      ? await dialog.showMessageBox(win, options)
      : await dialog.showMessageBox(options);
    return result.response === 1;
  };
}

/** Help → About: the version and the folder where the data lives, in the app's language. */
export async function showAboutDialog(
  win: BrowserWindow | null,
  lang: Language,
  facts: { version: string; folder: string },
): Promise<void> {
  const options = {
    type: 'info' as const,
    buttons: [translate(lang, 'desktop.dialogs.ok')],
    title: translate(lang, 'desktop.menu.about'),
    message: translate(lang, 'desktop.dialogs.aboutMessage', { version: facts.version }),
    detail: translate(lang, 'desktop.dialogs.aboutDetail', { folder: facts.folder }),
  };
  await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}

/** A folder the menu was asked to open is gone (or the system could not open it). */
export async function showFolderMissing(
  win: BrowserWindow | null,
  lang: Language,
  folder: string,
): Promise<void> {
  const options = {
    type: 'warning' as const,
    buttons: [translate(lang, 'desktop.dialogs.ok')],
    title: translate(lang, 'desktop.dialogs.folderMissingTitle'),
    message: translate(lang, 'desktop.dialogs.folderMissing', { folder }),
  };
  await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}
