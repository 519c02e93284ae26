/**
 * JSON with every object's keys sorted, at every depth: the same value always
 * gives the same text, whatever order its fields were written in. Used to
 * compare records (merge) and to checksum a data file's tables.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value, new Map()));
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * A copy of `value` with sorted keys. A data file's checksum copies ~100 MiB
 * of records, so the copies are ordinary objects built in one key order per
 * shape (`orders` caches the sorted keys of each set of keys met): V8 gives
 * them shared hidden classes and JSON.stringify its fast path, which objects
 * without a prototype (dictionary mode) do not get. A key named `__proto__`
 * would set an ordinary object's prototype, so such an object (rare: an
 * unknown field of a hand-edited file) is copied without a prototype.
 */
function sortKeys(value: unknown, orders: Map<string, string[]>): unknown {
  if (Array.isArray(value)) return value.map((v) => sortKeys(v, orders));
  if (!value || typeof value !== 'object') return value;
  const own = Object.keys(value);
  const shape = own.join('\u0000');
  let order = orders.get(shape);
  if (!order) orders.set(shape, (order = [...own].sort()));
  const out: Record<string, unknown> = hasOwn.call(value, '__proto__') ? Object.create(null) : {};
  for (const key of order) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = v !== null && typeof v === 'object' ? sortKeys(v, orders) : v;
  }
  return out;
}
