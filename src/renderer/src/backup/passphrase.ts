import { encryptFile } from '../../../core/crypto/encryptedFile';

// The passphrase for exports and backups lives only in this module's memory
// for the session: never in IndexedDB, localStorage or a file. What survives
// a restart is only the wish to encrypt (a flag in localStorage, describing
// this computer, not the data): until the passphrase is given again, backups
// and exports are written unencrypted and Settings says so.
const WANTED_KEY = 'talkoot.encryptionWanted';
const EVENT = 'talkoot:passphrase';

let passphrase: string | null = null;

/** The passphrase given in this session, or null. */
export function sessionPassphrase(): string | null {
  return passphrase;
}

/** Whether the user asked for encryption on this computer (possibly in an earlier session). */
export function encryptionWanted(): boolean {
  return globalThis.localStorage?.getItem(WANTED_KEY) === '1';
}

/** Encrypt exports and backups with `next` until the app closes; null stops encrypting. */
export function setSessionPassphrase(next: string | null): void {
  passphrase = next;
  if (next) globalThis.localStorage?.setItem(WANTED_KEY, '1');
  else globalThis.localStorage?.removeItem(WANTED_KEY);
  globalThis.dispatchEvent?.(new Event(EVENT));
}

/** Hear the passphrase being set or cleared; returns the function that stops listening. */
export function onPassphraseChanged(listener: () => void): () => void {
  globalThis.addEventListener?.(EVENT, listener);
  return () => globalThis.removeEventListener?.(EVENT, listener);
}

/** The bytes of a data file as they are to be saved: encrypted when a passphrase is set. */
export async function sealForSaving(
  bytes: Uint8Array,
): Promise<{ data: Uint8Array<ArrayBuffer>; encrypted: boolean }> {
  const current = passphrase;
  if (!current) return { data: bytes as Uint8Array<ArrayBuffer>, encrypted: false };
  return { data: (await encryptFile(bytes, current)) as Uint8Array<ArrayBuffer>, encrypted: true };
}
