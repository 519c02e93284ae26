import { z } from 'zod';
import type { WriteFailureReason } from './writeFailure';
import type { BackupEntry } from './backupTypes';
import { ipcChannels, type IpcChannel } from './ipcChannels';
import type { MenuCommand } from './menuCommands';

export type { BackupEntry } from './backupTypes';

// Every IPC message between main and renderer, declared once. The preload
// exposes one named function per message (`TalkootApi`); main checks the
// sender frame and validates each payload with these schemas
// (src/main/ipcHandlers.ts). The channel names live in ipcChannels.ts so the
// preload bundle needs no zod.

/** The largest file main reads or writes for the renderer: 200 MB. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/**
 * Stable codes at the start of the messages of errors that main throws on
 * purpose (only the message crosses IPC), so the renderer can show its own
 * translated text: `error.message.includes(ipcErrorCodes.fileTooLarge)`.
 */
export const ipcErrorCodes = {
  fileTooLarge: 'TALKOOT_FILE_TOO_LARGE',
  invalidRequest: 'TALKOOT_INVALID_REQUEST',
  forbiddenSender: 'TALKOOT_FORBIDDEN_SENDER',
} as const;

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]+$/i)).min(1),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

const isControl = (ch: string): boolean => {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f;
};

/** True when `name` has a folder separator or a control character (C0 or DEL). */
function hasSeparatorOrControl(name: string): boolean {
  return [...name].some((ch) => ch === '/' || ch === '\\' || isControl(ch));
}

/**
 * `name` as a bare file name every OS accepts: folder separators, control
 * characters and the characters Windows refuses (`<>:"|?*`) become `_`. Use it
 * on names built from user data (an association called "A/B ry") before
 * `saveFile`, whose schema refuses separators.
 */
export function toFileName(name: string): string {
  const cleaned = [...name]
    .map((ch) => (isControl(ch) || '<>:"/\\|?*'.includes(ch) ? '_' : ch))
    .join('')
    .trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? '_' : cleaned;
}

/**
 * A bare file name: no folder part, no control characters, not `.` or `..`.
 * The renderer suggests a name; only the user (in the dialog) picks the folder.
 */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !hasSeparatorOrControl(name), {
    message: 'A file name must not contain a folder separator or control characters.',
  })
  .refine((name) => name !== '.' && name !== '..', { message: 'Not a file name.' });

// Strict objects: an unexpected key in an IPC payload is a bug or an attack, never data.
export const saveFileRequestSchema = z.strictObject({
  /** File name offered in the dialog, e.g. "talkoot-2026-11-22.json". */
  suggestedName: fileNameSchema,
  /** Text (written as UTF-8) or bytes (e.g. a PDF). */
  data: z.union([
    z.string().max(MAX_FILE_BYTES),
    z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, {
      message: 'The data is larger than 200 MB.',
    }),
  ]),
  filters: z.array(fileFilterSchema).max(10).default([]),
});
export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;
/**
 * The path written to; `saved: false` when the user cancelled; or, when the
 * disk refused the write, why (the file that was there is unchanged).
 */
export type SaveFileResult =
  | { saved: true; path: string }
  | { saved: false; failure?: undefined }
  | { saved: false; failure: WriteFailureReason; path: string };

export const openFileRequestSchema = z.strictObject({
  filters: z.array(fileFilterSchema).max(10).default([]),
});
export type OpenFileRequest = z.input<typeof openFileRequestSchema>;
/** The chosen file's name and bytes, or null when the user cancelled. Files over 200 MB are refused. */
export type OpenFileResult = { name: string; data: Uint8Array } | null;

// Automatic backups (src/main/backupService.ts).
export const backupWriteRequestSchema = z.strictObject({
  /** A whole data file, plain (text) or encrypted (bytes). */
  data: saveFileRequestSchema.shape.data,
  encrypted: z.boolean(),
});
export type BackupWriteRequest = z.input<typeof backupWriteRequestSchema>;
export const backupReadRequestSchema = z.strictObject({ name: fileNameSchema });
export type BackupReadRequest = z.input<typeof backupReadRequestSchema>;
/** The backup folder and its backups, newest first. */
export type BackupStatus = { folder: string; backups: BackupEntry[] };
export type BackupWriteResult =
  { ok: true; backup: BackupEntry } | { ok: false; failure: WriteFailureReason; folder: string };
/** The app's language, which main applies to Chromium at the next start. */
export const setLanguageRequestSchema = z.strictObject({ language: z.enum(['fi', 'sv', 'en']) });
export type SetLanguageRequest = z.input<typeof setLanguageRequestSchema>;
/** Light, dark or the system's colours (Mantine's names), applied to Electron's nativeTheme. */
export const setThemeRequestSchema = z.strictObject({ theme: z.enum(['light', 'dark', 'auto']) });
export type SetThemeRequest = z.input<typeof setThemeRequestSchema>;

export type AppInfo = {
  name: string;
  version: string;
  platform: string;
  /** Where the app keeps its own data (IndexedDB lives under it). */
  userDataPath: string;
};

export { ipcChannels, type IpcChannel } from './ipcChannels';

/** What the preload puts on `window.api`. Absent in a plain browser. */
export type TalkootApi = {
  saveFile: (request: SaveFileRequest) => Promise<SaveFileResult>;
  openFile: (request: OpenFileRequest) => Promise<OpenFileResult>;
  appInfo: () => Promise<AppInfo>;
  backupStatus: () => Promise<BackupStatus>;
  backupWrite: (request: BackupWriteRequest) => Promise<BackupWriteResult>;
  backupRead: (request: BackupReadRequest) => Promise<Uint8Array>;
  /** The folder dialog; null when cancelled. */
  backupChooseFolder: () => Promise<BackupStatus | null>;
  /**
   * Main asks before the window closes: `handler` writes a last backup if
   * anything changed, and the window closes when it settles (or after 20 s).
   */
  onBeforeClose: (handler: () => Promise<void>) => void;
  setLanguage: (request: SetLanguageRequest) => Promise<void>;
  /**
   * The application menu's commands (File → New hour entry, …). Optional:
   * e2e stubs of this API may leave it out, and the page then has no menu.
   */
  onMenuCommand?: (handler: (command: MenuCommand) => void) => void;
  /** Optional like onMenuCommand: stubs may leave it out. */
  setTheme?: (request: SetThemeRequest) => Promise<void>;
};

/** The fixed origin of the renderer. IndexedDB belongs to it: never change. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'talkoot';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * The request schema of every renderer → main message (null: it takes no
 * arguments). The handlers validate with these, and the fuzz tests
 * (tests/unit/main-ipc-fuzz.test.ts) feed every channel payloads they refuse.
 */
export const ipcRequestSchemas = {
  [ipcChannels.saveFile]: saveFileRequestSchema,
  [ipcChannels.openFile]: openFileRequestSchema,
  [ipcChannels.appInfo]: null,
  [ipcChannels.backupStatus]: null,
  [ipcChannels.backupWrite]: backupWriteRequestSchema,
  [ipcChannels.backupRead]: backupReadRequestSchema,
  [ipcChannels.backupChooseFolder]: null,
  [ipcChannels.readyToClose]: null,
  [ipcChannels.setLanguage]: setLanguageRequestSchema,
  [ipcChannels.setTheme]: setThemeRequestSchema,
} as const satisfies Record<IpcChannel, z.ZodType | null>;
