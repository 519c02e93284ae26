import type { FileFilter } from '../../shared/ipc';
import type { WriteFailureReason } from '../../shared/writeFailure';
import { i18next } from './i18n';
import type { UserFacing } from '../../core/errors';

/**
 * The disk refused a save (full, read-only, no permission, folder gone). Its
 * message is already in the user's language, so every caller that shows
 * `error.message` says what happened and that the old file is unchanged.
 */
export class FileWriteError extends Error implements UserFacing {
  readonly userFacing = true as const;
  constructor(
    readonly reason: WriteFailureReason,
    readonly path: string,
  ) {
    super(i18next.t(`fileWrite.${reason}`, { file: path, reason }));
    this.name = 'FileWriteError';
  }
}

/**
 * File access that works both inside Electron (save/open dialogs through the
 * preload's `window.api`) and in a plain browser (download / file input).
 * Throws FileWriteError when the chosen file could not be written.
 */
export async function saveFile(
  suggestedName: string,
  data: string | Uint8Array,
  filters: FileFilter[],
  mimeType = 'application/octet-stream',
): Promise<{ saved: boolean; name: string }> {
  if (window.api) {
    const bytes = typeof data === 'string' ? data : new Uint8Array(data);
    const result = await window.api.saveFile({ suggestedName, data: bytes, filters });
    if (result.saved) return { saved: true, name: result.path };
    if (result.failure) throw new FileWriteError(result.failure, result.path);
    return { saved: false, name: '' };
  }
  const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], {
    type: mimeType,
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = suggestedName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true, name: suggestedName };
}

/** Read a file the user picked (in a browser, from an <input type=file>). */
export async function readPickedFile(file: File): Promise<{ name: string; data: Uint8Array }> {
  return { name: file.name, data: new Uint8Array(await file.arrayBuffer()) };
}

/** Open a file through the native dialog; null if cancelled or not in Electron. */
export async function openFileNative(
  filters: FileFilter[],
): Promise<{ name: string; data: Uint8Array } | null> {
  if (!window.api) return null;
  return window.api.openFile({ filters });
}

export const hasNativeDialogs = (): boolean => !!window.api;

export const dataFileFilters: FileFilter[] = [{ name: 'Talkoot', extensions: ['json'] }];
/** Passphrase-encrypted data files and backups (src/core/crypto/encryptedFile.ts). */
export const encryptedFileFilters: FileFilter[] = [{ name: 'Talkoot', extensions: ['encrypted'] }];
/** What the open dialog offers: plain and encrypted data files. */
export const openDataFileFilters: FileFilter[] = [
  { name: 'Talkoot', extensions: ['json', 'encrypted'] },
];
