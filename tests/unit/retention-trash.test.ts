import { afterEach, describe, expect, it } from 'vitest';
import {
  memberGroupData,
  replaceDataset,
  Repository,
  TalkootDb,
  trashedPeopleWithRetention,
} from '../../src/core/db';
import { generateDemoDataset } from '../../src/core/demo';
import {
  anonymiseEndsMembership,
  anonymisePerson,
  filterMembers,
  formerMembersPastRetention,
} from '../../src/core/people';
import type { Person } from '../../src/core/schemas';

const opened: TalkootDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});
const today = '2026-11-22';

describe('people past the retention period', () => {
  it('are found by one rule in the register and in the trash alike', async () => {
    const data = generateDemoDataset({ seed: 1, today });
    data.profile[0]!.retentionYears = 1;
    const past = formerMembersPastRetention(data, today);
    expect(past.length).toBeGreaterThan(1);
    const db = new TalkootDb(`retention-${crypto.randomUUID()}`);
    opened.push(db);
    await replaceDataset(db, data);
    const [trashed, kept] = past;
    await new Repository(db, 'people').softDelete(trashed!.id);

    const register = filterMembers(
      await memberGroupData(db, today),
      { kind: 'pastRetention' },
      today,
    );
    const trash = await trashedPeopleWithRetention(db, today);
    expect(register.map((p) => p.id)).toContain(kept!.id);
    expect(register.map((p) => p.id)).not.toContain(trashed!.id);
    // The one in the trash is still stored and still past retention: the trash says so.
    expect(trash.people.map((p) => p.id)).toEqual([trashed!.id]);
    expect([...trash.pastRetention]).toEqual([trashed!.id]);
    // Every person past retention is offered somewhere.
    expect(new Set([...register.map((p) => p.id), ...trash.pastRetention])).toEqual(
      new Set(past.map((p) => p.id)),
    );
  });

  it('in the trash, hours logged since the cut-off keep a former member, and a removed one does not', async () => {
    const data = generateDemoDataset({ seed: 1, today });
    data.profile[0]!.retentionYears = 1;
    const [returning, other] = formerMembersPastRetention(data, today);
    const template = data.hours.find((h) => !h.deletedAt)!;
    const recent = { ...template, id: crypto.randomUUID(), personId: returning!.id, date: today };
    const removed = { ...recent, id: crypto.randomUUID(), personId: other!.id };
    removed.deletedAt = `${today}T09:00:00.000Z`;
    data.hours.push(recent, removed);
    const db = new TalkootDb(`retention-${crypto.randomUUID()}`);
    opened.push(db);
    await replaceDataset(db, data);
    const people = new Repository(db, 'people');
    await people.softDelete(returning!.id);
    await people.softDelete(other!.id);

    const trash = await trashedPeopleWithRetention(db, today);
    expect(new Set(trash.people.map((p) => p.id))).toEqual(new Set([returning!.id, other!.id]));
    expect([...trash.pastRetention]).toEqual([other!.id]);
    // The same answer as the rule over every row.
    const rows = {
      ...data,
      people: data.people.filter((p) => trash.people.some((t) => t.id === p.id)),
    };
    expect(formerMembersPastRetention(rows, today).map((p) => p.id)).toEqual([other!.id]);
  });
});

describe('anonymising ends a membership', () => {
  const base = generateDemoDataset({ seed: 1, today }).people.find(
    (p) => p.membership === 'regular',
  )!;
  it.each([
    [{ leftOn: undefined }, true],
    [{ leftOn: '2026-12-31' }, true],
    [{ leftOn: '2026-11-22' }, false],
    [{ leftOn: '2020-01-01' }, false],
    [{ joinedOn: '2027-01-01', leftOn: undefined }, true], // a membership starting later
    [{ membership: 'none' as const, leftOn: undefined }, false],
  ])('%j → %s, as anonymisePerson does it', (over, ends) => {
    const person = { ...base, ...over } as Person;
    expect(anonymiseEndsMembership(person, today)).toBe(ends);
    const after = anonymisePerson(person, `${today}T10:00:00.000Z`);
    expect(after.leftOn !== person.leftOn).toBe(ends);
  });
});
