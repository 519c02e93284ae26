// When the user last saved a copy of all data (an export, or the backup made
// before a restore, merge or demo). In a plain browser there are no automatic
// backups, so Settings and the home page remind her when this is over 7 days
// old. Kept in localStorage: it describes this browser profile, not the data.
const KEY = 'talkoot.lastSavedCopyAt';

const EVENT = 'talkoot:saved-copy';

export function rememberSavedCopy(at: Date = new Date()): void {
  globalThis.localStorage?.setItem(KEY, at.toISOString());
  globalThis.dispatchEvent?.(new Event(EVENT));
}

/** Hear each newly saved copy; returns the function that stops listening. */
export function onSavedCopy(listener: () => void): () => void {
  globalThis.addEventListener?.(EVENT, listener);
  return () => globalThis.removeEventListener?.(EVENT, listener);
}

/** The moment of the last saved copy on this profile, or null. */
export function lastSavedCopy(): Date | null {
  const raw = globalThis.localStorage?.getItem(KEY);
  if (!raw) return null;
  const at = new Date(raw);
  return Number.isNaN(at.getTime()) ? null : at;
}
