// The IPC handlers of main. Imports only *types* from `electron`: the dialogs
// and app facts are passed in, so every handler (sender check, validation,
// atomic save, size limit) is unit-tested in Node with real temp folders.
import type { IpcMain, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { open } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import {
  ipcChannels,
  ipcErrorCodes,
  MAX_FILE_BYTES,
  backupReadRequestSchema,
  backupWriteRequestSchema,
  openFileRequestSchema,
  saveFileRequestSchema,
  type BackupStatus,
  type BackupWriteResult,
  setLanguageRequestSchema,
  setThemeRequestSchema,
  type AppInfo,
  type IpcChannel,
  type OpenFileResult,
  type SaveFileResult,
  toFileName,
} from '../shared/ipc';
import { atomicWrite, AtomicWriteError } from '../node/atomicWrite';
import { isAppUrl } from './security';
import type { BackupService } from './backupService';

/** The native file dialogs, reduced to what the handlers need; null = cancelled. */
export type FileDialogs = {
  chooseSavePath: (options: SaveDialogOptions) => Promise<string | null>;
  chooseOpenPath: (options: OpenDialogOptions) => Promise<string | null>;
  /** A folder (for backups), starting at `current`. */
  chooseFolder: (current: string) => Promise<string | null>;
};

export type IpcHandlerDeps = {
  dialogs: FileDialogs;
  /** The folder the save dialog starts in (the user's Documents). */
  documentsDir: () => string;
  appInfo: () => AppInfo;
  /**
   * Keeps the app's language for the next start (`storeLanguage`). Absent in
   * tests that do not need it: the message is then checked and dropped.
   */
  saveLanguage?: (language: 'fi' | 'sv' | 'en') => Promise<void>;
  /** Applies the chosen colours to the native parts of the window (`nativeTheme`); absent in tests. */
  applyTheme?: (theme: 'light' | 'dark' | 'auto') => void;
  /** The electron-vite dev server, whose pages may also call main (dev only). */
  devUrl?: string;
  backups: Pick<BackupService, 'status' | 'write' | 'read' | 'changeFolder'>;
  /** The window says its last backup is written: let it close. */
  readyToClose: () => void;
};

/** What a handler needs of `IpcMainInvokeEvent` (which satisfies it). */
export type IpcSenderEvent = { senderFrame: { url: string } | null };

export type IpcHandler = (event: IpcSenderEvent, ...args: unknown[]) => Promise<unknown>;

/**
 * One handler per IPC message. Each first checks that the sender frame is a
 * page of the app, then validates the payload with its zod schema; anything
 * else is rejected with an Error (the renderer's promise rejects).
 */
export function createIpcHandlers(deps: IpcHandlerDeps): Record<IpcChannel, IpcHandler> {
  const checkSender = (channel: IpcChannel, event: IpcSenderEvent): void => {
    const url = event.senderFrame?.url ?? '';
    if (!isAppUrl(url, deps.devUrl)) {
      throw new Error(
        `${ipcErrorCodes.forbiddenSender}: ${channel} refused from ${url || 'a destroyed frame'}`,
      );
    }
  };

  return {
    [ipcChannels.saveFile]: async (event, ...args): Promise<SaveFileResult> => {
      checkSender(ipcChannels.saveFile, event);
      const request = parsePayload(ipcChannels.saveFile, saveFileRequestSchema, args);
      const path = await deps.dialogs.chooseSavePath({
        defaultPath: join(deps.documentsDir(), toFileName(request.suggestedName)),
        filters: request.filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (!path) return { saved: false };
      try {
        await atomicWrite(path, request.data);
      } catch (error) {
        // A full disk or a read-only folder is the user's to act on: answer
        // with the reason (shown in her language), not a Node error message.
        if (error instanceof AtomicWriteError) return { saved: false, failure: error.reason, path };
        throw error;
      }
      return { saved: true, path };
    },

    [ipcChannels.openFile]: async (event, ...args): Promise<OpenFileResult> => {
      checkSender(ipcChannels.openFile, event);
      const request = parsePayload(ipcChannels.openFile, openFileRequestSchema, args);
      const path = await deps.dialogs.chooseOpenPath({
        properties: ['openFile'],
        filters: request.filters,
      });
      if (!path) return null;
      return { name: basename(path), data: await readLimited(path) };
    },

    [ipcChannels.appInfo]: async (event, ...args): Promise<AppInfo> => {
      checkSender(ipcChannels.appInfo, event);
      noArguments(ipcChannels.appInfo, args);
      return deps.appInfo();
    },

    [ipcChannels.backupStatus]: async (event, ...args): Promise<BackupStatus> => {
      checkSender(ipcChannels.backupStatus, event);
      noArguments(ipcChannels.backupStatus, args);
      return deps.backups.status();
    },

    [ipcChannels.backupWrite]: async (event, ...args): Promise<BackupWriteResult> => {
      checkSender(ipcChannels.backupWrite, event);
      const request = parsePayload(ipcChannels.backupWrite, backupWriteRequestSchema, args);
      return deps.backups.write(request.data, request.encrypted);
    },

    [ipcChannels.backupRead]: async (event, ...args): Promise<Uint8Array> => {
      checkSender(ipcChannels.backupRead, event);
      const request = parsePayload(ipcChannels.backupRead, backupReadRequestSchema, args);
      return deps.backups.read(request.name);
    },

    [ipcChannels.backupChooseFolder]: async (event, ...args): Promise<BackupStatus | null> => {
      checkSender(ipcChannels.backupChooseFolder, event);
      noArguments(ipcChannels.backupChooseFolder, args);
      return deps.backups.changeFolder();
    },

    [ipcChannels.readyToClose]: async (event, ...args): Promise<void> => {
      checkSender(ipcChannels.readyToClose, event);
      noArguments(ipcChannels.readyToClose, args);
      deps.readyToClose();
    },

    [ipcChannels.setLanguage]: async (event, ...args): Promise<void> => {
      checkSender(ipcChannels.setLanguage, event);
      const request = parsePayload(ipcChannels.setLanguage, setLanguageRequestSchema, args);
      await deps.saveLanguage?.(request.language);
    },

    [ipcChannels.setTheme]: async (event, ...args): Promise<void> => {
      checkSender(ipcChannels.setTheme, event);
      const request = parsePayload(ipcChannels.setTheme, setThemeRequestSchema, args);
      deps.applyTheme?.(request.theme);
    },
  };
}

/** Registers every handler with `ipcMain.handle`. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Record<IpcChannel, IpcHandler>,
): void {
  for (const [channel, handler] of Object.entries(handlers)) ipcMain.handle(channel, handler);
}

/**
 * The dialogs to use: the native ones, or — only when `TALKOOT_E2E=1` — stubs
 * that answer with `TALKOOT_E2E_SAVE_PATH` / `TALKOOT_E2E_OPEN_PATH` (unset =
 * the user cancelled) without showing anything, as Joplin's and Actual's
 * Electron tests do. `env` is read at each call, so a test may change the
 * paths between steps.
 */
export function selectFileDialogs(env: NodeJS.ProcessEnv, native: FileDialogs): FileDialogs {
  if (env.TALKOOT_E2E !== '1') return native;
  return {
    chooseSavePath: async () => env.TALKOOT_E2E_SAVE_PATH || null,
    chooseOpenPath: async () => env.TALKOOT_E2E_OPEN_PATH || null,
    chooseFolder: async () => env.TALKOOT_E2E_FOLDER_PATH || null,
  };
}

function noArguments(channel: IpcChannel, args: unknown[]): void {
  if (args.length > 0) {
    throw new Error(`${ipcErrorCodes.invalidRequest}: ${channel} takes no arguments`);
  }
}

function parsePayload<S extends z.ZodType>(
  channel: IpcChannel,
  schema: S,
  args: unknown[],
): z.output<S> {
  if (args.length !== 1) {
    throw new Error(`${ipcErrorCodes.invalidRequest}: ${channel} takes exactly one request object`);
  }
  const result = schema.safeParse(args[0]);
  if (!result.success) {
    throw new Error(
      `${ipcErrorCodes.invalidRequest}: ${channel}: ${z.prettifyError(result.error)}`,
    );
  }
  return result.data;
}

/** The bytes of the file at `path`, refusing anything over MAX_FILE_BYTES before reading it. */
async function readLimited(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > MAX_FILE_BYTES) {
      const mb = (size / (1024 * 1024)).toFixed(1);
      throw new Error(
        `${ipcErrorCodes.fileTooLarge}: ${basename(path)} is ${mb} MB; files over 200 MB are not opened`,
      );
    }
    const bytes = await handle.readFile();
    // The file may have grown after stat: check what was actually read.
    if (bytes.byteLength > MAX_FILE_BYTES) {
      throw new Error(`${ipcErrorCodes.fileTooLarge}: ${basename(path)} is over 200 MB`);
    }
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } finally {
    await handle.close();
  }
}
