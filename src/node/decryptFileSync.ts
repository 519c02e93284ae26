import { createDecipheriv, pbkdf2Sync } from 'node:crypto';
import { splitEncryptedFile, type DecryptResult } from '../core/crypto/encryptedFile';

const TAG_BYTES = 16;

/**
 * `decryptFile` for Node code that reads files synchronously (the CLI): the
 * same format, split and checked by the same function, decrypted with
 * node:crypto. Never returns partial or unauthenticated bytes.
 */
export function decryptFileSync(bytes: Uint8Array, passphrase: string): DecryptResult {
  const parts = splitEncryptedFile(bytes);
  if (typeof parts === 'string') return { ok: false, code: parts };
  const { header, headerBytes, salt, iv, sealed } = parts;
  const key = pbkdf2Sync(
    new TextEncoder().encode(passphrase.normalize('NFC')),
    salt,
    header.kdf.iterations,
    32,
    'sha256',
  );
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(headerBytes);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    const body = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
    const plain = Buffer.concat([body, decipher.final()]);
    return { ok: true, plain: new Uint8Array(plain), header };
  } catch {
    return { ok: false, code: 'wrongPassphraseOrChanged' };
  }
}
