import { describe, expect, it } from 'vitest';
import { formatMinutes } from '../../src/core/format';
import { describeConflicts, mergeDatasets } from '../../src/core/merge';
import { emptyDataset, type Dataset, type HourEntry, type Person } from '../../src/core/schemas';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const stamp = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;

const person: Person = {
  id: uuid(1),
  createdAt: stamp(1),
  updatedAt: stamp(1),
  deletedAt: null,
  fullName: 'Åsa Öhman',
  homeMunicipality: 'Närpiö',
  languages: [],
  membership: 'regular',
  consents: { emailContact: false, nameInPublicMaterials: false },
};
const hour = (minutes: number, day: number): HourEntry => ({
  id: uuid(10),
  createdAt: stamp(1),
  updatedAt: stamp(day),
  deletedAt: null,
  personId: person.id,
  date: '2026-11-03',
  minutes,
  kind: 'peerSupport',
  approved: false,
});
const computer = (h: HourEntry, p: Person = person): Dataset => ({
  ...emptyDataset(),
  people: [p],
  hours: [h],
});

describe('describeConflicts', () => {
  it('names the volunteer, the day, the time and the version kept, in each language', () => {
    const result = mergeDatasets(computer(hour(90, 2)), computer(hour(120, 4)));
    expect(result.conflicts).toEqual([
      { table: 'hours', id: uuid(10), kept: 'incoming', reason: 'differs' },
    ]);
    expect(describeConflicts(result.conflicts, result.merged, 'fi')).toEqual([
      `Tuntikirjaukset: Åsa Öhman, 3.11.2026, ${formatMinutes(120, 'fi')} – eri versio tällä koneella ja tiedostossa; säilytettiin tiedoston uudempi versio.`,
    ]);
    const [sv] = describeConflicts(result.conflicts, result.merged, 'sv');
    expect(sv).toContain('Åsa Öhman');
    expect(sv).toContain('filens nyare version');
    const [en] = describeConflicts(result.conflicts, result.merged, 'en');
    expect(en).toContain('the file’s newer version');
  });

  it('says when this computer’s version was kept, and names a person by name', () => {
    const renamed = { ...person, fullName: 'Åsa Öhman-Berg', updatedAt: stamp(5) };
    const result = mergeDatasets(computer(hour(90, 2), renamed), computer(hour(60, 1)));
    const lines = describeConflicts(result.conflicts, result.merged, 'fi');
    expect(lines).toHaveLength(2);
    expect(lines).toContain(
      'Henkilöt: Åsa Öhman-Berg – eri versio tällä koneella ja tiedostossa; säilytettiin tämän koneen uudempi versio.',
    );
    expect(lines.some((l) => l.startsWith('Tuntikirjaukset: Åsa Öhman-Berg, 3.11.2026'))).toBe(
      true,
    );
  });

  it('lists nothing when the same file is merged again', () => {
    const once = mergeDatasets(computer(hour(90, 2)), computer(hour(120, 4)));
    const twice = mergeDatasets(once.merged, computer(hour(120, 4)));
    expect(describeConflicts(twice.conflicts, twice.merged, 'fi')).toEqual([]);
  });
});

describe('grants on two computers', () => {
  const grantBase = { createdAt: stamp(1), updatedAt: stamp(1), deletedAt: null };
  const funder = {
    ...grantBase,
    id: uuid(20),
    name: 'Seurakunta',
    type: 'parish' as const,
    defaultChecklist: [],
  };
  const grant = {
    ...grantBase,
    id: uuid(21),
    funderId: funder.id,
    name: 'Kesäleiri',
    status: 'granted' as const,
  };
  const line = {
    ...grantBase,
    id: uuid(22),
    grantId: grant.id,
    name: 'Ruoat',
    budgetCents: 50_000,
  };
  const expense = (id: number, amountCents: number, day: number) => ({
    ...grantBase,
    updatedAt: stamp(day),
    id: uuid(id),
    grantId: grant.id,
    budgetLineId: line.id,
    date: '2026-06-10',
    amountCents,
  });
  const side = (...expenses: ReturnType<typeof expense>[]): Dataset => ({
    ...emptyDataset(),
    funders: [funder],
    grants: [grant],
    grantBudgetLines: [line],
    grantExpenses: expenses,
  });

  it('keeps the expense each computer added to the same grant', () => {
    const result = mergeDatasets(side(expense(30, 1_000, 2)), side(expense(31, 2_500, 3)));
    expect(result.conflicts).toEqual([]);
    expect(result.merged.grantExpenses.map((e) => e.amountCents).sort()).toEqual([1_000, 2_500]);
  });

  it('names the grant, day, amount and budget line of an expense edited on both', () => {
    const result = mergeDatasets(side(expense(30, 1_000, 2)), side(expense(30, 1_200, 3)));
    expect(result.conflicts).toEqual([
      { table: 'grantExpenses', id: uuid(30), kept: 'incoming', reason: 'differs' },
    ]);
    const [fi] = describeConflicts(result.conflicts, result.merged, 'fi');
    expect(fi).toMatch(/^Avustusten kulut: Kesäleiri, 10\.6\.2026, 12,00\s€, Ruoat – /);
  });
});
