import { join, resolve } from 'node:path';

/**
 * The folder of the app's own data (IndexedDB, settings, window state) —
 * the storage identity of every user's data together with the app://talkoot
 * origin. Always `<appData>/Talkoot` (e.g. `%APPDATA%\Talkoot`,
 * `~/Library/Application Support/Talkoot`, `~/.config/Talkoot`), whatever the
 * version, package name or product name says: changing it orphans everyone's
 * data. Tests point TALKOOT_USER_DATA at a fresh folder.
 */
export const USER_DATA_FOLDER = 'Talkoot';

export function userDataPath(appData: string, override: string | undefined): string {
  return override ? resolve(override) : join(appData, USER_DATA_FOLDER);
}
