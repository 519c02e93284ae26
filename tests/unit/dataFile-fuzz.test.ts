import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDataFileIssues, parseDataFile, serializeDataFile } from '../../src/core/dataFile';
import { generateDemoDataset } from '../../src/core/demo';
import { canonicalJson } from '../../src/core/format';
import { mergeDatasets } from '../../src/core/merge';

const data = generateDemoDataset({ seed: 5, today: '2026-11-15', people: 3, hourEntries: 10 });
const text = serializeDataFile(data, { exportedAt: '2026-11-15T10:00:00.000Z' });
const original = canonicalJson(data);

/** The file is refused, or read with exactly the original values: never anything else, never a throw. */
function expectRefusedOrSame(mutated: string): void {
  let result: ReturnType<typeof parseDataFile>;
  try {
    result = parseDataFile(mutated);
  } catch (e) {
    throw new Error(`parseDataFile threw: ${String(e)}`, { cause: e });
  }
  if (result.ok) expect(canonicalJson(result.file.dataset)).toBe(original);
}

describe('the data-file reader under damage (fuzz)', () => {
  it('reads its own file whole, with a valid checksum', () => {
    const r = parseDataFile(text);
    expect(r.ok && r.file.checksum).toBe('valid');
    expect(r.ok && canonicalJson(r.file.dataset)).toBe(original);
  });

  it('one changed character anywhere, field names included: refused or the same values', () => {
    const printable = fc.integer({ min: 32, max: 0x24f }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.nat(text.length - 1), printable, (i, c) => {
        expectRefusedOrSame(text.slice(0, i) + c + text.slice(i + 1));
      }),
      { numRuns: 5000 },
    );
  }, 180_000);

  it('a file cut short anywhere is refused', () => {
    fc.assert(
      fc.property(fc.nat(text.length - 2), (i) => {
        expect(parseDataFile(text.slice(0, i)).ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('a changed field name is refused, e.g. membership → mfmbership', () => {
    const damaged = text.replace('"membership"', '"mfmbership"');
    expect(damaged).not.toBe(text);
    expect(parseDataFile(damaged)).toEqual({ ok: false, issues: [{ code: 'checksumMismatch' }] });
  });

  const withoutChecksum = (mutate: (f: Record<string, unknown>) => void) => {
    const f = JSON.parse(text) as Record<string, unknown>;
    delete f.checksum;
    mutate(f);
    // Deep values are written as text: building them as objects would overflow
    // this test's own JSON.stringify before the reader ever sees them.
    return JSON.stringify(f).replace(/"__DEEP_(\d+)__"/g, (_, n: string) => {
      const depth = Number(n);
      return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    });
  };
  const tables = (f: Record<string, unknown>) => f.tables as Record<string, unknown[] | null>;

  it('structural damage in files without a checksum: wrong types, null tables, deep nesting, huge strings, __proto__, duplicate ids, dangling references, odd timestamps', () => {
    const tableName = fc.constantFrom('people', 'hours', 'sessions', 'activities', 'fees');
    const damage = fc.oneof(
      tableName.map((t) => (f: Record<string, unknown>) => (tables(f)[t] = null)),
      fc.tuple(tableName, fc.anything()).map(([t, v]) => (f: Record<string, unknown>) => {
        const rows = tables(f)[t]!;
        if (rows.length) (rows[0] as Record<string, unknown>).id = v;
      }),
      fc
        .tuple(tableName, fc.integer({ min: 40, max: 5000 }))
        .map(([t, depth]) => (f: Record<string, unknown>) => {
          const rows = tables(f)[t]!;
          if (rows.length) (rows[0] as Record<string, unknown>).extra = `__DEEP_${depth}__`;
        }),
      tableName.map((t) => (f: Record<string, unknown>) => {
        const rows = tables(f)[t]!;
        if (rows.length) (rows[0] as Record<string, unknown>).notes = 'x'.repeat(200_000);
      }),
      tableName.map((t) => (f: Record<string, unknown>) => {
        const rows = tables(f)[t]!;
        if (rows.length) rows.push(JSON.parse(JSON.stringify(rows[0])));
      }),
      fc.constant((f: Record<string, unknown>) => {
        const h = tables(f).hours![0] as Record<string, unknown>;
        h.personId = crypto.randomUUID();
      }),
      fc
        .constantFrom(
          '2026-11-20T12:00:00+02:00',
          '2026-11-20T10:00:00Z',
          '2026-13-01T00:00:00Z',
          'yesterday',
          '',
        )
        .map((ts) => (f: Record<string, unknown>) => {
          (tables(f).people![0] as Record<string, unknown>).updatedAt = ts;
        }),
    );
    fc.assert(
      fc.property(damage, (d) => {
        const mutated = withoutChecksum(d);
        expect(() => parseDataFile(mutated)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('__proto__ in a record is kept as data, never as a prototype', () => {
    const mutated = withoutChecksum((f) => {
      const p = tables(f).people![0] as Record<string, unknown>;
      Object.defineProperty(p, '__proto__', { value: { polluted: true }, enumerable: true });
    });
    expect(mutated).toContain('"__proto__"');
    const r = parseDataFile(mutated);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (r.ok) expect(() => serializeDataFile(r.file.dataset, { exportedAt: 'x' })).not.toThrow();
  });

  it('null tables and deep nesting give their own messages', () => {
    const nullTable = parseDataFile(withoutChecksum((f) => (tables(f).people = null)));
    expect(nullTable.ok).toBe(false);
    if (!nullTable.ok) {
      expect(nullTable.issues[0]).toEqual({ code: 'tableNotList', params: { table: 'people' } });
    }
    const deep = parseDataFile(
      withoutChecksum(
        (f) => ((tables(f).people![0] as Record<string, unknown>).x = '__DEEP_10000__'),
      ),
    );
    expect(deep.ok).toBe(false);
    if (!deep.ok) {
      expect(deep.issues).toContainEqual({
        code: 'tooDeep',
        table: 'people',
        row: 1,
        params: { depth: 32 },
      });
    }
  });

  it('unknown fields are kept within limits: 50 per record, 64 KiB of JSON', () => {
    const person = (f: Record<string, unknown>) => tables(f).people![0] as Record<string, unknown>;
    const within = parseDataFile(
      withoutChecksum((f) => {
        for (let i = 0; i < 50; i++) person(f)[`extra${i}`] = 'x'.repeat(1000);
      }),
    );
    expect(within.ok).toBe(true);
    if (within.ok) expect(within.file.dataset.people[0]!.extra49).toBe('x'.repeat(1000));

    const many = parseDataFile(
      withoutChecksum((f) => {
        for (let i = 0; i < 51; i++) person(f)[`extra${i}`] = i;
      }),
    );
    expect(many.ok).toBe(false);
    if (!many.ok) {
      expect(many.issues).toContainEqual({
        code: 'tooManyUnknownFields',
        table: 'people',
        row: 1,
        params: { count: 51, max: 50 },
      });
    }

    const large = parseDataFile(
      withoutChecksum((f) => {
        person(f).comment = 'small';
        person(f).blob = { nested: ['y'.repeat(70_000)] };
      }),
    );
    expect(large.ok).toBe(false);
    if (!large.ok) {
      expect(large.issues).toContainEqual({
        code: 'unknownTooLarge',
        table: 'people',
        row: 1,
        field: 'blob',
        params: { kib: 64 },
      });
      expect(formatDataFileIssues(large.issues, 'fi').join('\n')).toContain(
        'tuntemattomissa kentissä on yli 64 kt tietoa',
      );
    }
  });

  it('a file without a checksum (written before this version) still opens, and says so', () => {
    const r = parseDataFile(withoutChecksum(() => undefined));
    expect(r.ok && r.file.checksum).toBe('missing');
  });

  it('unknown fields of an undamaged file are kept through a write and a read', () => {
    const f = JSON.parse(text) as Record<string, unknown>;
    delete f.checksum;
    (tables(f).people![0] as Record<string, unknown>).shoeSize = { eu: 42 };
    const first = parseDataFile(JSON.stringify(f));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const again = parseDataFile(serializeDataFile(first.file.dataset, { exportedAt: 'now' }));
    expect(again.ok && again.file.checksum).toBe('valid');
    expect(again.ok && (again.file.dataset.people[0] as Record<string, unknown>).shoeSize).toEqual({
      eu: 42,
    });
  });

  it('merging a fuzzed but accepted file never throws', () => {
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.integer({ min: 32, max: 126 }), (i, c) => {
        const r = parseDataFile(text.slice(0, i) + String.fromCharCode(c) + text.slice(i + 1));
        if (r.ok) expect(() => mergeDatasets(data, r.file.dataset)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});

describe('implausible values are refused, each with its message', () => {
  const file = () => {
    const f = JSON.parse(text) as {
      checksum?: unknown;
      tables: Record<string, Record<string, unknown>[]>;
    };
    delete f.checksum;
    return f;
  };
  const codes = (f: object) => {
    const r = parseDataFile(JSON.stringify(f));
    return r.ok ? [] : r.issues.map((i) => `${i.table}:${i.field}:${i.code}`);
  };

  it('a session of 2³¹ minutes, years 0001 and 9999', () => {
    const f = file();
    f.tables.sessions![0]!.durationMinutes = 2 ** 31;
    f.tables.people![0]!.joinedOn = '0001-01-01';
    f.tables.hours![0]!.date = '9999-12-31';
    expect(codes(f)).toEqual(
      expect.arrayContaining([
        'sessions:durationMinutes:tooLong',
        'people:joinedOn:invalidDate',
        'hours:date:invalidDate',
      ]),
    );
  });

  it('changed before it was created; two fees of one person for one year; paid more than granted', () => {
    const f = file();
    const p = f.tables.people![0]!;
    p.updatedAt = '2020-01-01T00:00:00.000Z';
    p.createdAt = '2021-01-01T00:00:00.000Z';
    const fee = f.tables.fees!.find((x) => !x.deletedAt)!;
    f.tables.fees!.push({ ...fee, id: crypto.randomUUID(), reference: undefined });
    const grant = f.tables.grants!.find((g) =>
      f.tables.grantPayments!.some((x) => x.grantId === g.id),
    )!;
    grant.grantedCents = 1;
    const found = codes(f);
    expect(found).toContain('people:updatedAt:updatedBeforeCreated');
    expect(found).toContain('fees:year:duplicateFee');
    expect(found).toContain('grants:grantedCents:paidMoreThanGranted');
  });
});
