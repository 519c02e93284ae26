import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checksumOfWrittenBytes,
  parseDataFile,
  parseDataFileBytes,
  serializeDataFile,
} from '../../src/core/dataFile';
import { generateDemoDataset } from '../../src/core/demo';
import { webCryptoHex } from './support/webCryptoHex';

const options = { exportedAt: '2026-12-02T10:00:00.000Z', generator: 'Talkoot test' };
const text = serializeDataFile(
  generateDemoDataset({ seed: 4, today: '2026-11-22', people: 25 }),
  options,
);
const encode = (s: string) => new TextEncoder().encode(s);
const fileValue = (s: string) => (JSON.parse(s) as { checksum: { value: string } }).checksum.value;

/** WebCrypto's hash, counting what it was asked to hash. */
function countingHash() {
  const calls: number[] = [];
  const sha256Hex = (bytes: Uint8Array) => {
    calls.push(bytes.length);
    return webCryptoHex(bytes);
  };
  return { calls, sha256Hex };
}

describe("a data file's checksum checked over its own bytes", () => {
  it('matches for a file as Talkoot writes it: hashed once, natively, with the same records as the full check', async () => {
    expect(await checksumOfWrittenBytes(encode(text), webCryptoHex)).toBe(fileValue(text));
    const { calls, sha256Hex } = countingHash();
    const parsed = await parseDataFileBytes(encode(text), { sha256Hex });
    expect(parsed.ok && parsed.file.checksum).toBe('valid');
    // The canonical text: the file without its checksum head and final newline, plus `{`.
    expect(calls).toEqual([encode(text).length - text.indexOf('},') - 2]);
    const full = parseDataFile(text);
    expect(parsed.ok && full.ok && parsed.file.dataset).toEqual(full.ok && full.file.dataset);
  });

  it('vouches for nothing when any byte after the head is changed, and the full check refuses it', async () => {
    const bytes = encode(text);
    const head = text.indexOf('},') + 2;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: head, max: bytes.length - 2 }),
        fc.integer({ min: 1, max: 255 }),
        async (at, xor) => {
          const damaged = bytes.slice();
          damaged[at] = damaged[at]! ^ xor;
          expect(await checksumOfWrittenBytes(damaged, webCryptoHex)).toBeUndefined();
        },
      ),
      { numRuns: 40 },
    );
    // A changed value that is still JSON and UTF-8.
    const changed = encode(text.replace('"Talkoot test"', '"Talkoot tost"'));
    const parsed = await parseDataFileBytes(changed, { sha256Hex: webCryptoHex });
    expect(parsed.ok ? 'ok' : parsed.issues[0]!.code).toBe('checksumMismatch');
    // Bytes that are not UTF-8.
    const broken = await parseDataFileBytes(new Uint8Array([0x7b, 0xff, 0x7d]), {
      sha256Hex: webCryptoHex,
    });
    expect(broken.ok ? 'ok' : broken.issues[0]!.code).toBe('notJson');
  });

  it('leaves a file laid out otherwise to the full check, which still finds it whole', async () => {
    const pretty = `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
    const noNewline = text.slice(0, -1);
    for (const other of [pretty, noNewline, `\uFEFF${text}`]) {
      const { calls, sha256Hex } = countingHash();
      expect(await checksumOfWrittenBytes(encode(other), sha256Hex)).toBeUndefined();
      expect(calls).toEqual([]);
      const parsed = await parseDataFileBytes(encode(other), { sha256Hex });
      expect(parsed.ok && parsed.file.checksum).toBe('valid');
    }
  });
});
