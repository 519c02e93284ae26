import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../src/core/demo';
import { canonicalJson } from '../../src/core/format';
import { describeConflicts, mergeDatasets } from '../../src/core/merge';
import { anonymisePerson } from '../../src/core/people';
import { tableNames, type Dataset, type TableName } from '../../src/core/schemas';

const base = generateDemoDataset({ seed: 4, today: '2026-11-15', people: 12 });

type Edit = {
  table: 'people' | 'hours' | 'sessions' | 'activities';
  pick: number;
  kind: 'edit' | 'trash' | 'restore' | 'anonymise';
  /** Seconds after a fixed moment; equal stamps on both sides make ties. */
  at: number;
  /** How the timestamp is written: the same instant, three ways. */
  style: 'z' | 'offset' | 'noMillis';
  note: string;
};

function stamp(seconds: number, style: Edit['style']): string {
  const d = new Date(Date.UTC(2026, 10, 20, 10, 0, 0) + seconds * 1000);
  const z = d.toISOString();
  if (style === 'noMillis') return z.replace('.000Z', 'Z');
  if (style === 'z') return z;
  // The same instant written at +02:00 (Finnish winter time).
  const local = new Date(d.getTime() + 2 * 3600_000).toISOString().slice(0, 19);
  return `${local}+02:00`;
}

const editArb: fc.Arbitrary<Edit> = fc.record({
  table: fc.constantFrom(
    'people' as const,
    'hours' as const,
    'sessions' as const,
    'activities' as const,
  ),
  pick: fc.nat(50),
  kind: fc.constantFrom(
    'edit' as const,
    'trash' as const,
    'restore' as const,
    'anonymise' as const,
  ),
  at: fc.integer({ min: 0, max: 5 }),
  style: fc.constantFrom('z' as const, 'offset' as const, 'noMillis' as const),
  note: fc.string({ maxLength: 8 }),
});

/** A copy of the base data as one computer changed it. */
function side(edits: Edit[]): Dataset {
  const data = structuredClone(base);
  for (const e of edits) {
    const rows = data[e.table] as Record<string, unknown>[];
    const i = e.pick % rows.length;
    const row = rows[i]!;
    const updatedAt = stamp(e.at, e.style);
    if (e.kind === 'anonymise') {
      if (e.table !== 'people') continue;
      rows[i] = anonymisePerson(row as never, updatedAt);
      continue;
    }
    if (e.kind === 'edit') {
      if (e.table === 'people' && row.anonymisedAt) continue;
      rows[i] = { ...row, notes: e.note, note: e.note, updatedAt };
    } else rows[i] = { ...row, deletedAt: e.kind === 'trash' ? updatedAt : null, updatedAt };
  }
  return data;
}

const shared = (d: Dataset) => tableNames.filter((t) => t !== 'profile').map((t) => byId(d[t]));
const byId = (rows: readonly { id: string }[]) =>
  [...rows].sort((a, b) => a.id.localeCompare(b.id)).map((r) => canonicalJson(r));

const rowOf = (d: Dataset, table: TableName, id: string) =>
  (
    d[table] as {
      id: string;
      deletedAt?: string | null;
      anonymisedAt?: string;
      fullName?: string;
    }[]
  ).find((r) => r.id === id);

describe('merging two computers’ edits of the same records', () => {
  const pair = fc.tuple(fc.array(editArb, { maxLength: 12 }), fc.array(editArb, { maxLength: 12 }));

  it('converges: A into B equals B into A, record for record', () => {
    fc.assert(
      fc.property(pair, ([ea, eb]) => {
        const a = side(ea);
        const b = side(eb);
        expect(shared(mergeDatasets(a, b).merged)).toEqual(shared(mergeDatasets(b, a).merged));
      }),
      { numRuns: 150 },
    );
  });

  it('is idempotent: merging the same file again changes nothing', () => {
    fc.assert(
      fc.property(pair, ([ea, eb]) => {
        const once = mergeDatasets(side(ea), side(eb));
        const twice = mergeDatasets(once.merged, side(eb));
        expect(twice.changes).toEqual({});
        expect(shared(twice.merged)).toEqual(shared(once.merged));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every anonymisation and every record in the trash, in every order, and never prints a former name', () => {
    fc.assert(
      fc.property(
        fc.tuple(
          fc.array(editArb, { maxLength: 10 }),
          fc.array(editArb, { maxLength: 10 }),
          fc.array(editArb, { maxLength: 10 }),
        ),
        ([e1, e2, e3]) => {
          const sides = [side(e1), side(e2), side(e3)];
          for (const order of [
            [0, 1, 2],
            [2, 1, 0],
            [1, 0, 2],
          ]) {
            let acc = sides[order[0]!]!;
            for (const k of order.slice(1)) {
              const r = mergeDatasets(acc, sides[k]!);
              // Whoever is anonymised on either side of this merge is never named in its lines.
              const erased = [acc, sides[k]!].flatMap((d) =>
                d.people.filter((p) => p.anonymisedAt).map((p) => p.id),
              );
              const lines = describeConflicts(r.conflicts, r.merged, 'fi').join('\n');
              for (const id of erased) {
                expect(lines).not.toContain(base.people.find((p) => p.id === id)!.fullName);
              }
              acc = r.merged;
            }
            for (const s of sides) {
              for (const t of ['people', 'hours', 'sessions', 'activities'] as const) {
                for (const r of s[t] as {
                  id: string;
                  deletedAt?: string | null;
                  anonymisedAt?: string;
                }[]) {
                  const m = rowOf(acc, t, r.id)!;
                  if (r.deletedAt) expect(m.deletedAt, `${t} ${r.id} left the trash`).toBeTruthy();
                  if (r.anonymisedAt) {
                    expect(m.anonymisedAt).toBeTruthy();
                    expect(m.fullName).not.toBe(base.people.find((p) => p.id === r.id)!.fullName);
                  }
                }
              }
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('compares timestamps as instants: +02:00 and a missing .000 do not pick the wrong winner', () => {
    const a = structuredClone(base);
    const b = structuredClone(base);
    const p = a.people[0]!;
    // 10:00:01Z written as 12:00:01+02:00 is later than 10:00:00.500Z, though it sorts first as text.
    a.people[0] = { ...p, notes: 'newer', updatedAt: '2026-11-20T12:00:01+02:00' };
    b.people[0] = { ...p, notes: 'older', updatedAt: '2026-11-20T10:00:00.500Z' };
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      expect(rowOf(mergeDatasets(x, y).merged, 'people', p.id)).toMatchObject({ notes: 'newer' });
    }
  });

  it('a tie (same instant, different content) is listed as a conflict and decided the same way on both computers', () => {
    const a = structuredClone(base);
    const b = structuredClone(base);
    const p = a.people[1]!;
    a.people[1] = { ...p, consents: { emailContact: true, nameInPublicMaterials: false } };
    b.people[1] = { ...p, consents: { emailContact: false, nameInPublicMaterials: true } };
    const ab = mergeDatasets(a, b);
    const ba = mergeDatasets(b, a);
    expect(ab.conflicts).toHaveLength(1);
    expect(ba.conflicts).toHaveLength(1);
    expect(canonicalJson(rowOf(ab.merged, 'people', p.id))).toBe(
      canonicalJson(rowOf(ba.merged, 'people', p.id)),
    );
  });

  it('an edit made after the other computer trashed the record is listed, and the record stays in the trash', () => {
    const a = structuredClone(base);
    const b = structuredClone(base);
    const h = a.hours[0]!;
    a.hours[0] = {
      ...h,
      deletedAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z',
    };
    b.hours[0] = { ...h, minutes: 45, updatedAt: '2026-11-21T10:00:00.000Z' };
    const r = mergeDatasets(a, b);
    expect(rowOf(r.merged, 'hours', h.id)!.deletedAt).toBeTruthy();
    expect(r.conflicts).toMatchObject([
      { table: 'hours', id: h.id, reason: 'trashed', kept: 'local' },
    ]);
    expect(describeConflicts(r.conflicts, r.merged, 'en')[0]).toContain('left in the trash');
  });
});
