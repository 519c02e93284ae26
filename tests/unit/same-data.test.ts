import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sameData } from '../../src/renderer/src/shared/sameData';

describe('sameData', () => {
  it('is true for equal copies and false for any change, all the way down', () => {
    const fee = { id: 'f1', paidOn: null, amountCents: 2500, tags: ['a'], extra: { n: 1 } };
    expect(sameData(fee, structuredClone(fee))).toBe(true);
    expect(sameData(fee, { ...fee, paidOn: '2026-12-01' })).toBe(false);
    expect(sameData(fee, { ...fee, tags: ['a', 'b'] })).toBe(false);
    expect(sameData(fee, { ...fee, extra: { n: 2 } })).toBe(false);
    const { extra: _, ...fewer } = fee;
    expect(sameData(fee, fewer)).toBe(false);
    expect(sameData(fewer, fee)).toBe(false);
    expect(sameData({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData(new Map([['k', { v: 1 }]]), new Map([['k', { v: 1 }]]))).toBe(true);
    expect(sameData(new Map([['k', { v: 1 }]]), new Map([['k', { v: 2 }]]))).toBe(false);
    expect(sameData(new Set(['a']), new Set(['b']))).toBe(false);
    expect(sameData(NaN, NaN)).toBe(true);
  });

  it('never calls equal what is not (class instances, dates, other prototypes)', () => {
    expect(sameData(new Date(0), new Date(0))).toBe(false);
    class P {
      x = 1;
    }
    expect(sameData(new P(), new P())).toBe(false);
    expect(sameData(new P(), { x: 1 })).toBe(false);
  });

  it('agrees with a structured clone and with JSON for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(sameData(a, structuredClone(a))).toBe(true);
        // Object.is tells 0 from -0, which JSON writes the same: only a one-way check.
        if (sameData(a, b)) expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
    );
  });
});
