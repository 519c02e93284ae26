import { dialog, type BrowserWindow } from 'electron';
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
