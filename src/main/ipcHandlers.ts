import { app, dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  ipcChannels,
  openFileRequestSchema,
  saveFileRequestSchema,
  type AppInfo,
  type OpenFileResult,
  type SaveFileResult,
} from '../shared/ipc';
import { writeFileAtomic } from './atomicWrite';
import { isAppUrl } from './securityPolicy';

const MAX_OPEN_BYTES = 200 * 1024 * 1024;

/** Tests set TALKOOT_E2E=1 and paths instead of showing native dialogs. */
const e2e = () => process.env.TALKOOT_E2E === '1';

function checkSender(event: IpcMainInvokeEvent, devUrl?: string): void {
  const url = event.senderFrame?.url ?? '';
  if (!isAppUrl(url, devUrl)) throw new Error(`IPC refused from ${url || 'unknown frame'}`);
}

/** One handler per IPC message: sender checked, payload validated with zod. */
export function registerIpcHandlers(getWindow: () => BrowserWindow | null, devUrl?: string): void {
  ipcMain.handle(ipcChannels.saveFile, async (event, payload: unknown): Promise<SaveFileResult> => {
    checkSender(event, devUrl);
    const request = saveFileRequestSchema.parse(payload);
    let path: string | undefined;
    if (e2e()) {
      path = process.env.TALKOOT_E2E_SAVE_PATH;
    } else {
      const win = getWindow();
      const options = {
        defaultPath: join(app.getPath('documents'), basename(request.suggestedName)),
        filters: request.filters,
      };
      const result = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options);
      path = result.canceled ? undefined : result.filePath;
    }
    if (!path) return { saved: false };
    await writeFileAtomic(path, request.data);
    return { saved: true, path };
  });

  ipcMain.handle(ipcChannels.openFile, async (event, payload: unknown): Promise<OpenFileResult> => {
    checkSender(event, devUrl);
    const request = openFileRequestSchema.parse(payload ?? {});
    let path: string | undefined;
    if (e2e()) {
      path = process.env.TALKOOT_E2E_OPEN_PATH;
    } else {
      const win = getWindow();
      const options = { properties: ['openFile' as const], filters: request.filters };
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      path = result.canceled ? undefined : result.filePaths[0];
    }
    if (!path) return null;
    if ((await stat(path)).size > MAX_OPEN_BYTES) throw new Error('file too large (over 200 MB)');
    return { name: basename(path), data: new Uint8Array(await readFile(path)) };
  });

  ipcMain.handle(ipcChannels.appInfo, (event): AppInfo => {
    checkSender(event, devUrl);
    return {
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      userDataPath: app.getPath('userData'),
    };
  });
}
