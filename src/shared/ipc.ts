import { z } from 'zod';

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
/** The path written to, or `saved: false` when the user cancelled. */
export type SaveFileResult = { saved: true; path: string } | { saved: false };

export const openFileRequestSchema = z.strictObject({
  filters: z.array(fileFilterSchema).max(10).default([]),
});
export type OpenFileRequest = z.input<typeof openFileRequestSchema>;
/** The chosen file's name and bytes, or null when the user cancelled. Files over 200 MB are refused. */
export type OpenFileResult = { name: string; data: Uint8Array } | null;

/** The app's language, which main applies to Chromium at the next start. */
export const setLanguageRequestSchema = z.strictObject({ language: z.enum(['fi', 'sv', 'en']) });
export type SetLanguageRequest = z.input<typeof setLanguageRequestSchema>;

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
  setLanguage: (request: SetLanguageRequest) => Promise<void>;
};

/** The fixed origin of the renderer. IndexedDB belongs to it: never change. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'talkoot';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
