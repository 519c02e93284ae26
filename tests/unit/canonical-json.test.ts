import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, canonicalJsonByCopy } from '../../src/core/format/canonicalJson';

describe('canonicalJson', () => {
  it('sorts keys at every depth, whatever order they were written in', () => {
    const a = { b: 1, a: { d: [{ z: 1, y: 2 }], c: null }, e: 'x' };
    const b = { e: 'x', a: { c: null, d: [{ y: 2, z: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1,"e":"x"}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('sorts each object by its own keys when objects of one shape and of others mix', () => {
    const rows = [
      { id: '1', name: 'a' },
      { name: 'b', id: '2' },
      { id: '3', name: 'c', extra: { q: 1, p: 2 } },
      { id: '4', name: 'd' },
    ];
    expect(canonicalJson(rows)).toBe(
      '[{"id":"1","name":"a"},{"id":"2","name":"b"},{"extra":{"p":2,"q":1},"id":"3","name":"c"},{"id":"4","name":"d"}]',
    );
  });

  it('leaves out undefined fields as JSON does and keeps a field named __proto__', () => {
    const parsed = JSON.parse('{"z":1,"__proto__":{"b":2,"a":1},"m":[3]}') as unknown;
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"a":1,"b":2},"m":[3],"z":1}');
    expect(canonicalJson({ b: undefined, a: 1 })).toBe('{"a":1}');
    expect(canonicalJson([undefined, 'x'])).toBe('[null,"x"]');
  });

  it('writes primitives as JSON does', () => {
    expect(canonicalJson('ä')).toBe('"ä"');
    expect(canonicalJson(1.5)).toBe('1.5');
    expect(canonicalJson(null)).toBe('null');
  });
});

describe('canonicalJson’s quick path', () => {
  it('writes what a sorted copy writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(canonicalJson(v)).toBe(canonicalJsonByCopy(v));
      }),
      { numRuns: 500 },
    );
  });

  it('writes what a sorted copy writes for records of mixed shapes with nested objects', () => {
    const record = fc.dictionary(
      fc.constantFrom(
        'id',
        'name',
        'a',
        'z',
        '10',
        '9',
        '0',
        '01',
        '-1',
        '4294967294',
        '4294967295',
        'é',
      ),
      fc.oneof(fc.string(), fc.integer(), fc.constant(undefined), fc.jsonValue()),
    );
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), (rows) => {
        expect(canonicalJson(rows)).toBe(canonicalJsonByCopy(rows));
      }),
      { numRuns: 300 },
    );
  });

  it('copies a value holding an object that is not plain, as before', () => {
    const d = new Date('2026-01-01T00:00:00Z');
    expect(canonicalJson({ b: 1, a: d })).toBe(canonicalJsonByCopy({ b: 1, a: d }));
    expect(canonicalJson({ b: 1, a: d })).toBe('{"a":{},"b":1}');
  });
});

describe('canonicalJson of values with many distinct keys', () => {
  it('writes them part by part as a sorted copy would, with an empty key kept', () => {
    const wide = Object.fromEntries(
      Array.from({ length: 150 }, (_, i) => [`k${(i * 37) % 150}`, { [`n${i}`]: i, '': [i] }]),
    );
    const value = { tables: { b: [wide, { '': 1 }, {}], a: [undefined, 2] }, z: wide };
    expect(canonicalJson(value)).toBe(canonicalJsonByCopy(value));
    expect(canonicalJson([{}, { '': 1 }])).toBe('[{},{"":1}]');
    expect(canonicalJsonByCopy([{}, { '': 1 }])).toBe('[{},{"":1}]');
  });

  it('writes what a sorted copy writes for wide random values', () => {
    const key = fc.string({ maxLength: 3 });
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(key, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 30 }), {
          maxLength: 8,
        }),
        (rows) => {
          expect(canonicalJson(rows)).toBe(canonicalJsonByCopy(rows));
        },
      ),
      { numRuns: 300 },
    );
  });
});
