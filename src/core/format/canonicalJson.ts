/**
 * JSON with every object's keys sorted, at every depth: the same value always
 * gives the same text, whatever order its fields were written in. Used to
 * compare records (merge) and to checksum a data file's tables.
 */
export function canonicalJson(value: unknown): string {
  // JSON.stringify with a list of keys writes every object's keys in the list's
  // order, at every depth, in native code: with the list of every key the value
  // holds, in a sorted copy's order, that is canonical JSON without copying the
  // value (a table of 200 000 records in about half the time). JSON.stringify
  // checks every object against the whole list, so a value with many distinct
  // keys (a data file's tables together) is written part by part; where a list
  // cannot say the same (a key `__proto__`, an object that is not plain) the
  // value is copied.
  const keys = new Set<string>();
  const walk = collectKeys(value, keys);
  if (walk === 'copy' || keys.has('__proto__')) return canonicalJsonByCopy(value);
  if (walk === 'list') return JSON.stringify(value, inCopyOrder(keys));
  if (Array.isArray(value)) {
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of inCopyOrder(new Set(Object.keys(record)))) {
    const v = record[key];
    if (v !== undefined) parts.push(`${JSON.stringify(key)}:${canonicalJson(v)}`);
  }
  return `{${parts.join(',')}}`;
}

/** Distinct keys one list may hold: past these, canonicalJson writes the value by parts. */
const MAX_LISTED_KEYS = 64;

const isArrayIndex = (key: string) => /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < 4294967295;

/**
 * The keys in the order a sorted copy's JSON lists them: an object lists its
 * array-index keys ("9", "10") first, in numeric order, whatever order they
 * were added in, then the others in the order added (here sorted).
 */
function inCopyOrder(keys: Set<string>): string[] {
  const indexes: string[] = [];
  const names: string[] = [];
  for (const k of keys) (isArrayIndex(k) ? indexes : names).push(k);
  return [...indexes.sort((a, b) => Number(a) - Number(b)), ...names.sort()];
}

/** canonicalJson by a sorted copy of `value`: the reference the quick path must equal. */
export function canonicalJsonByCopy(value: unknown): string {
  return JSON.stringify(sortKeys(value, new Map()));
}

/**
 * Add every key of every object in `value` to `keys`. `copy` when it holds an
 * object other than an array or a plain object (a Date, a typed array: JSON
 * and a copy by keys would write those differently), `parts` (at once) when
 * there are more keys than one list should hold, else `list`.
 */
function collectKeys(value: unknown, keys: Set<string>): 'list' | 'parts' | 'copy' {
  if (Array.isArray(value)) {
    for (const v of value) {
      if (v === null || typeof v !== 'object') continue;
      const walk = collectKeys(v, keys);
      if (walk !== 'list') return walk;
    }
    return 'list';
  }
  if (value === null || typeof value !== 'object') return 'list';
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return 'copy';
  for (const key of Object.keys(value)) {
    keys.add(key);
    if (keys.size > MAX_LISTED_KEYS) return 'parts';
    const v = (value as Record<string, unknown>)[key];
    if (v === null || typeof v !== 'object') continue;
    const walk = collectKeys(v, keys);
    if (walk !== 'list') return walk;
  }
  return 'list';
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
  // The count first: {} and {"": …} would otherwise share the shape "".
  const shape = `${own.length}:${own.join('\u0000')}`;
  let order = orders.get(shape);
  if (!order) orders.set(shape, (order = [...own].sort()));
  const out: Record<string, unknown> = hasOwn.call(value, '__proto__') ? Object.create(null) : {};
  for (const key of order) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = v !== null && typeof v === 'object' ? sortKeys(v, orders) : v;
  }
  return out;
}
