import { createCipheriv, pbkdf2Sync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decryptFile,
  derivePassphraseKey,
  encryptFile,
  isEncryptedFile,
  MIN_ITERATIONS,
  passphraseProblem,
  type DeriveKey,
} from '../../src/core/crypto/encryptedFile';

const utf8 = (s: string) => new TextEncoder().encode(s);
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** The real PBKDF2, run once per (passphrase, salt, iterations): the tamper tests decrypt 1 000 times. */
function memoDerive(): DeriveKey {
  const keys = new Map<string, Promise<CryptoKey>>();
  return (passphrase, salt, iterations) => {
    const id = `${passphrase}\u0000${hex(salt)}\u0000${iterations}`;
    if (!keys.has(id)) keys.set(id, derivePassphraseKey(passphrase, salt, iterations));
    return keys.get(id)!;
  };
}

const passphrase = 'Kahvinkeitin-2026 ääkköset';
const salt = Uint8Array.from({ length: 16 }, (_, i) => i);
const iv = Uint8Array.from({ length: 12 }, (_, i) => 0xa0 + i);
const plain = utf8('{"format":"talkoot","formatVersion":2,"tables":{"people":[]}}');

describe('encrypted files (AES-GCM-256, PBKDF2-SHA256 600 000)', () => {
  it('a fixed test vector, checked against Node’s own PBKDF2 and AES-GCM', async () => {
    const file = await encryptFile(plain, passphrase, { salt, iv });
    const text = new TextDecoder().decode(file);
    const headerLine = text.slice(0, text.indexOf('\n') + 1);
    expect(headerLine).toBe(
      '{"format":"talkoot-encrypted","version":1,"kdf":{"name":"PBKDF2","hash":"SHA-256","iterations":600000,"salt":"AAECAwQFBgcICQoLDA0ODw=="},"cipher":{"name":"AES-GCM","length":256,"iv":"oKGio6Slpqeoqaqr"}}\n',
    );
    // An independent implementation of the same format: Node's crypto module.
    const key = pbkdf2Sync(
      Buffer.from(passphrase.normalize('NFC')),
      salt,
      MIN_ITERATIONS,
      32,
      'sha256',
    );
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(utf8(headerLine));
    const expected = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    expect(hex(file.subarray(utf8(headerLine).length))).toBe(expected.toString('hex'));
    // And the stored vector, so the format can never drift unnoticed.
    expect(expected.toString('hex')).toBe(
      'a210a35668e2e4a9b59a5cf246c47c1fd471632578c9d65eb5294944fe9b3e27958b3c41977a18c535826778d7301241bed749504eeaef241b59c95934223fe406dbf4ca9522d293a79bac1fb7',
    );
    const back = await decryptFile(file, passphrase);
    expect(back.ok && new TextDecoder().decode(back.plain)).toBe(new TextDecoder().decode(plain));
  });

  it('round trip of any bytes; a fresh salt and IV each time', async () => {
    const derive = memoDerive();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 5000 }), async (data) => {
        const file = await encryptFile(data, passphrase, { salt, deriveKey: derive });
        expect(isEncryptedFile(file)).toBe(true);
        const back = await decryptFile(file, passphrase, { deriveKey: derive });
        expect(back.ok).toBe(true);
        if (back.ok) expect(hex(back.plain)).toBe(hex(data));
      }),
      { numRuns: 100 },
    );
    const a = await encryptFile(plain, passphrase, { deriveKey: derive });
    const b = await encryptFile(plain, passphrase, { deriveKey: derive });
    expect(hex(a)).not.toBe(hex(b));
  });

  it('a wrong passphrase is refused, never garbage', async () => {
    const file = await encryptFile(plain, passphrase, { salt, iv });
    expect(await decryptFile(file, 'Kahvinkeitin-2027 ääkköset')).toEqual({
      ok: false,
      code: 'wrongPassphraseOrChanged',
    });
  });

  it('1 000 single-byte changes anywhere, header included, are all refused', async () => {
    const derive = memoDerive();
    const file = await encryptFile(utf8('x'.repeat(2000)), passphrase, { salt, iv });
    await fc.assert(
      fc.asyncProperty(
        fc.nat(file.length - 1),
        fc.integer({ min: 1, max: 255 }),
        async (at, xor) => {
          const damaged = file.slice();
          damaged[at] = damaged[at]! ^ xor;
          const r = await decryptFile(damaged, passphrase, { deriveKey: derive });
          expect(r.ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('a cut file, a plain data file and a weakened header are refused with their own codes', async () => {
    const derive = memoDerive();
    const file = await encryptFile(plain, passphrase, { salt, iv, deriveKey: derive });
    expect(
      (await decryptFile(file.subarray(0, file.length - 1), passphrase, { deriveKey: derive })).ok,
    ).toBe(false);
    expect(await decryptFile(plain, passphrase)).toEqual({ ok: false, code: 'notEncrypted' });
    const weak = utf8(
      new TextDecoder().decode(file).replace('"iterations":600000', '"iterations":1000'),
    );
    expect(await decryptFile(weak, passphrase)).toEqual({ ok: false, code: 'unsupported' });
    const newer = utf8(new TextDecoder().decode(file).replace('"version":1', '"version":2'));
    expect(await decryptFile(newer, passphrase)).toEqual({ ok: false, code: 'unsupported' });
    const noLine = utf8(`{"format":"talkoot-encrypted"${' '.repeat(2000)}`);
    expect(await decryptFile(noLine, passphrase)).toEqual({ ok: false, code: 'damaged' });
  });

  it('a passphrase needs at least 10 characters', () => {
    expect(passphraseProblem('lyhyt')).toBe('tooShort');
    expect(passphraseProblem('kymmenen m')).toBeUndefined();
  });
});
