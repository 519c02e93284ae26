import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/format/canonicalJson';

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
