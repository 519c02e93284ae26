import type { FileFilter } from '../../shared/ipc';

/**
 * File access that works both inside Electron (save/open dialogs through the
 * preload's `window.api`) and in a plain browser (download / file input).
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
    return result.saved ? { saved: true, name: result.path } : { saved: false, name: '' };
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
