import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateDemoDataset, type DemoOptions } from '../../src/core/demo';

// Digests of the demo as generated before it was split into one file per
// table (computed from the single-file generator). Same seed, same bytes: a
// change here means every screenshot, test figure and documented example
// built on the demo changes too — update the digest only on purpose.
const digests: [DemoOptions, string][] = [
  [
    { seed: 1, today: '2026-11-22' },
    '054f1c7e10ff241b770920eea381eaa5c79828fe1e23f9b80c9e26482170fdc2',
  ],
  [
    { seed: 3, today: '2025-06-30', people: 50, hourEntries: 3000, sessions: 500 },
    '1421b63365107c432e0781489aea9675fb46391727e9abf18504474977ce7683',
  ],
  [
    { seed: 9, today: '2027-01-02', people: 600 },
    '814639617b15e61e05861100c0de4d1d2918301e4cc40393a081da3d80a6941a',
  ],
];

describe('the demo dataset is byte-identical for a given seed', () => {
  it.each(digests)('%o', (options, digest) => {
    const json = JSON.stringify(generateDemoDataset(options));
    expect(createHash('sha256').update(json).digest('hex')).toBe(digest);
  });
});
