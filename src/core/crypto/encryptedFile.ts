/**
 * Passphrase-encrypted Talkoot files (backups and exported data files), with
 * WebCrypto only, so the app (window or worker) and Node (main, CLI, tests)
 * read and write the same bytes. Format (docs/data-format.md, "Encrypted
 * files"): one line of JSON header ending in "\n", then the AES-GCM
 * ciphertext with its 16-byte tag. The header line is the additional
 * authenticated data, so a change to any byte, header included, is refused.
 */

export const ENCRYPTED_FORMAT = 'talkoot-encrypted';
export const ENCRYPTED_VERSION = 1;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; files with fewer are refused. */
export const MIN_ITERATIONS = 600_000;
/** A file asking for more is refused: it would only make opening it hang. */
export const MAX_ITERATIONS = 10_000_000;
/** The shortest passphrase the app accepts when encrypting. */
export const MIN_PASSPHRASE_LENGTH = 10;

const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const MAX_HEADER_BYTES = 1024;
const MAGIC = new TextEncoder().encode(`{"format":"${ENCRYPTED_FORMAT}"`);

export type EncryptedHeader = {
  format: typeof ENCRYPTED_FORMAT;
  version: typeof ENCRYPTED_VERSION;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; length: 256; iv: string };
};

export type DecryptResult =
  | { ok: true; plain: Uint8Array; header: EncryptedHeader }
  | {
      ok: false;
      /**
       * notEncrypted: not an encrypted Talkoot file; damaged: the header cannot
       * be read; unsupported: a newer format or settings this version refuses;
       * wrongPassphraseOrChanged: AES-GCM cannot tell a wrong passphrase from a
       * changed byte, and must not pretend to.
       */
      code: 'notEncrypted' | 'damaged' | 'unsupported' | 'wrongPassphraseOrChanged';
    };

/** Derives the AES key from a passphrase; injectable so tests can reuse a key. */
export type DeriveKey = (
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
) => Promise<CryptoKey>;

const subtle = () => globalThis.crypto.subtle;

/** PBKDF2-HMAC-SHA256 → AES-GCM-256 key, usable only to encrypt and decrypt. */
export const derivePassphraseKey: DeriveKey = async (passphrase, salt, iterations) => {
  const material = await subtle().importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
};

/** True when `bytes` start as an encrypted Talkoot file does. */
export function isEncryptedFile(bytes: Uint8Array): boolean {
  if (bytes.length < MAGIC.length) return false;
  return MAGIC.every((b, i) => bytes[i] === b);
}

/** Why a passphrase cannot be used to encrypt, or undefined when it can. */
export function passphraseProblem(passphrase: string): 'tooShort' | undefined {
  return [...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH ? 'tooShort' : undefined;
}

/** Encrypt `plain` with `passphrase`; a fresh random salt and IV every time. */
export async function encryptFile(
  plain: Uint8Array,
  passphrase: string,
  options: { iterations?: number; salt?: Uint8Array; iv?: Uint8Array; deriveKey?: DeriveKey } = {},
): Promise<Uint8Array> {
  const iterations = options.iterations ?? MIN_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
    throw new RangeError(`iterations must be ${MIN_ITERATIONS}–${MAX_ITERATIONS}`);
  }
  const salt = options.salt ?? globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = options.iv ?? globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header: EncryptedHeader = {
    format: ENCRYPTED_FORMAT,
    version: ENCRYPTED_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', length: 256, iv: toBase64(iv) },
  };
  const headerBytes = new TextEncoder().encode(`${JSON.stringify(header)}\n`);
  const key = await (options.deriveKey ?? derivePassphraseKey)(passphrase, salt, iterations);
  const sealed = new Uint8Array(
    await subtle().encrypt(
      { name: 'AES-GCM', iv: iv as BufferSource, additionalData: headerBytes, tagLength: 128 },
      key,
      plain as BufferSource,
    ),
  );
  const out = new Uint8Array(headerBytes.length + sealed.length);
  out.set(headerBytes, 0);
  out.set(sealed, headerBytes.length);
  return out;
}

/**
 * The parts of an encrypted file, its header checked: what `decryptFile` (and
 * the CLI's synchronous Node decryption) decrypt; or why it cannot be.
 */
export type EncryptedParts = {
  header: EncryptedHeader;
  /** The header line with its newline: the additional authenticated data. */
  headerBytes: Uint8Array;
  salt: Uint8Array;
  iv: Uint8Array;
  /** Ciphertext followed by the 16-byte tag. */
  sealed: Uint8Array;
};

export function splitEncryptedFile(
  bytes: Uint8Array,
): EncryptedParts | Extract<DecryptResult, { ok: false }>['code'] {
  if (!isEncryptedFile(bytes)) return 'notEncrypted';
  const end = bytes.subarray(0, MAX_HEADER_BYTES).indexOf(0x0a);
  if (end < 0) return 'damaged';
  const headerBytes = bytes.subarray(0, end + 1);
  const parsed = readHeader(headerBytes);
  if (typeof parsed === 'string') return parsed;
  const sealed = bytes.subarray(end + 1);
  if (sealed.length < TAG_BYTES) return 'wrongPassphraseOrChanged';
  return { ...parsed, headerBytes, sealed };
}

/** Decrypt an encrypted Talkoot file; never returns partial or unauthenticated bytes. */
export async function decryptFile(
  bytes: Uint8Array,
  passphrase: string,
  options: { deriveKey?: DeriveKey } = {},
): Promise<DecryptResult> {
  const parts = splitEncryptedFile(bytes);
  if (typeof parts === 'string') return { ok: false, code: parts };
  const { header, headerBytes, salt, iv, sealed } = parts;
  const key = await (options.deriveKey ?? derivePassphraseKey)(
    passphrase,
    salt,
    header.kdf.iterations,
  );
  try {
    const plain = await subtle().decrypt(
      {
        name: 'AES-GCM',
        iv: iv as BufferSource,
        additionalData: headerBytes as BufferSource,
        tagLength: 128,
      },
      key,
      sealed as BufferSource,
    );
    return { ok: true, plain: new Uint8Array(plain), header };
  } catch {
    return { ok: false, code: 'wrongPassphraseOrChanged' };
  }
}

type ReadHeader = { header: EncryptedHeader; salt: Uint8Array; iv: Uint8Array };

function readHeader(headerBytes: Uint8Array): ReadHeader | 'damaged' | 'unsupported' {
  let h: unknown;
  try {
    h = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(headerBytes));
  } catch {
    return 'damaged';
  }
  if (!h || typeof h !== 'object') return 'damaged';
  const { format, version, kdf, cipher } = h as Record<string, unknown>;
  if (format !== ENCRYPTED_FORMAT) return 'damaged';
  if (version !== ENCRYPTED_VERSION) return 'unsupported';
  const k = (kdf ?? {}) as Record<string, unknown>;
  const c = (cipher ?? {}) as Record<string, unknown>;
  if (k.name !== 'PBKDF2' || k.hash !== 'SHA-256' || c.name !== 'AES-GCM' || c.length !== 256) {
    return 'unsupported';
  }
  const iterations = k.iterations;
  if (
    typeof iterations !== 'number' ||
    !Number.isInteger(iterations) ||
    iterations < MIN_ITERATIONS ||
    iterations > MAX_ITERATIONS
  ) {
    return 'unsupported';
  }
  const salt = typeof k.salt === 'string' ? fromBase64(k.salt) : undefined;
  const iv = typeof c.iv === 'string' ? fromBase64(c.iv) : undefined;
  if (!salt || salt.length !== SALT_BYTES || !iv || iv.length !== IV_BYTES) return 'damaged';
  return { header: h as EncryptedHeader, salt, iv };
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  try {
    return Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
  } catch {
    return undefined;
  }
}
