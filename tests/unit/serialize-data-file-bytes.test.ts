import { describe, expect, it } from 'vitest';
import {
  parseDataFile,
  serializeDataFile,
  serializeDataFileBytesWith,
} from '../../src/core/dataFile';
import { generateDemoDataset } from '../../src/core/demo';
import { decodeUtf8 as decode, webCryptoHex } from './support/webCryptoHex';

describe('serializeDataFileBytesWith', () => {
  const data = generateDemoDataset({ seed: 4, today: '2026-11-22', people: 60 });
  const options = {
    exportedAt: '2026-11-22T10:00:00.000Z',
    generator: 'Talkoot test',
    extra: { note: 'kept' },
  };

  it('writes the very text serializeDataFile writes, with WebCrypto’s SHA-256', async () => {
    const text = decode(await serializeDataFileBytesWith(data, options, webCryptoHex));
    expect(text).toBe(serializeDataFile(data, options));
    const parsed = parseDataFile(text);
    expect(parsed.ok && parsed.file.checksum).toBe('valid');
    expect(parsed.ok && parsed.file.dataset.people).toHaveLength(data.people.length);
  });

  it('is one JSON object with the checksum first, the header and tables after, and a final newline', async () => {
    const text = decode(await serializeDataFileBytesWith(data, options, webCryptoHex));
    expect(text.startsWith('{"checksum":{"algorithm":"SHA-256","value":"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual([
      'checksum',
      'exportedAt',
      'format',
      'formatVersion',
      'generator',
      'note',
      'tables',
    ]);
  });

  it('keeps the checksum valid for a file with no records at all', async () => {
    const empty = Object.fromEntries(
      Object.keys(data).map((t) => [t, []]),
    ) as unknown as typeof data;
    const text = decode(await serializeDataFileBytesWith(empty, options, webCryptoHex));
    const parsed = parseDataFile(text);
    expect(parsed.ok && parsed.file.checksum).toBe('valid');
  });

  it('puts what the digest returns in the header, so a wrong one is refused on reading', async () => {
    const text = decode(
      await serializeDataFileBytesWith(data, options, async () => '0'.repeat(64)),
    );
    expect(JSON.parse(text).checksum).toEqual({ algorithm: 'SHA-256', value: '0'.repeat(64) });
    const parsed = parseDataFile(text);
    expect(parsed.ok).toBe(false);
  });
});
