import { z } from 'zod';

/**
 * Every IPC message between main and renderer, declared once. The preload
 * exposes one named function per message (`TalkootApi`); main validates each
 * payload with these schemas and checks the sender frame.
 */
export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]+$/i)).min(1),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

export const saveFileRequestSchema = z.object({
  /** File name offered in the dialog, e.g. "talkoot-2026-11-22.json". */
  suggestedName: z.string().min(1).max(255),
  /** Text (written as UTF-8) or bytes (e.g. a PDF). */
  data: z.union([z.string(), z.instanceof(Uint8Array)]),
  filters: z.array(fileFilterSchema).max(10).default([]),
});
export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;
/** The path written to, or null when the user cancelled. */
export type SaveFileResult = { saved: true; path: string } | { saved: false };

export const openFileRequestSchema = z.object({
  filters: z.array(fileFilterSchema).max(10).default([]),
});
export type OpenFileRequest = z.input<typeof openFileRequestSchema>;
/** The chosen file's name and bytes, or null when the user cancelled. */
export type OpenFileResult = { name: string; data: Uint8Array } | null;

export type AppInfo = {
  name: string;
  version: string;
  platform: string;
  /** Where the app keeps its own data (IndexedDB lives under it). */
  userDataPath: string;
};

export { ipcChannels } from './ipcChannels';

/** What the preload puts on `window.api`. Absent in a plain browser. */
export type TalkootApi = {
  saveFile: (request: SaveFileRequest) => Promise<SaveFileResult>;
  openFile: (request: OpenFileRequest) => Promise<OpenFileResult>;
  appInfo: () => Promise<AppInfo>;
};

/** The fixed origin of the renderer. IndexedDB belongs to it: never change. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'talkoot';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
