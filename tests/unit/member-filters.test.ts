import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../src/core/demo';
import { peopleWithUnpaidFeeForAYear } from '../../src/core/fees';
import {
  filterMembers,
  formerMembersPastRetention,
  memberFilterCounts,
  memberView,
  sortMembers,
  type MemberFilter,
} from '../../src/core/people';
import type { Dataset, Person } from '../../src/core/schemas';

const today = '2026-11-22';
const base = generateDemoDataset({ seed: 1, today });
const template = base.people.find((p) => p.membership === 'regular' && !p.leftOn)!;
const person = (id: string, fields: Partial<Person>): Person => ({
  ...template,
  id: `00000000-0000-4000-8000-${id.padStart(12, '0')}`,
  ...fields,
});
// People made to sit right on the edges of the groups.
const leavesToday = person('1', {
  fullName: 'Leena Lähtijä',
  leftOn: today,
  joinedOn: '2020-01-01',
});
const leavesTomorrow = person('2', {
  fullName: 'Heikki Huominen',
  leftOn: '2026-11-23',
  joinedOn: '2020-01-01',
});
const joinsTomorrow = person('3', { fullName: 'Tuula Tuleva', joinedOn: '2026-11-23' });
const trashed = person('4', {
  fullName: 'Roope Roskakori',
  deletedAt: '2026-01-01T00:00:00.000Z',
});
const helperOnly = person('5', {
  fullName: 'Ville Vapaa',
  membership: 'none',
  joinedOn: undefined,
});
const neverHelped = person('6', { fullName: 'Niilo Ei-tunteja', membership: 'none' });
const data: Dataset = {
  ...base,
  people: [
    ...base.people,
    leavesToday,
    leavesTomorrow,
    joinsTomorrow,
    trashed,
    helperOnly,
    neverHelped,
  ],
  hours: [...base.hours, { ...base.hours[0]!, id: 'h-extra', personId: helperOnly.id }],
};
const ids = (people: Person[]) => people.map((p) => p.id).sort();
const filter = (f: MemberFilter, d: Dataset = data) => filterMembers(d, f, today);

describe('member filters', () => {
  it('everyone: all people not in the trash', () => {
    const everyone = filter({ kind: 'everyone' });
    expect(everyone).toHaveLength(data.people.length - 1);
    expect(ids(everyone)).not.toContain(trashed.id);
  });

  it('members: members today, by the day they joined and left', () => {
    const members = ids(filter({ kind: 'members' }));
    const expected = data.people.filter(
      (p) =>
        !p.deletedAt &&
        p.membership !== 'none' &&
        (!p.joinedOn || p.joinedOn <= today) &&
        (!p.leftOn || p.leftOn > today),
    );
    expect(members).toEqual(ids(expected));
    expect(members).toContain(leavesTomorrow.id);
    expect(members).not.toContain(leavesToday.id);
    expect(members).not.toContain(joinsTomorrow.id);
    expect(members).not.toContain(helperOnly.id);
  });

  it('former: people who have left by today', () => {
    const former = filter({ kind: 'former' });
    expect(former.length).toBeGreaterThan(5);
    expect(former.every((p) => p.leftOn && p.leftOn <= today && !p.deletedAt)).toBe(true);
    expect(ids(former)).toContain(leavesToday.id);
    expect(ids(former)).not.toContain(leavesTomorrow.id);
    // Former and current members never overlap.
    const members = new Set(ids(filter({ kind: 'members' })));
    expect(former.filter((p) => members.has(p.id))).toEqual([]);
  });

  it('volunteers: not members, with at least one live hour entry', () => {
    const volunteers = filter({ kind: 'volunteers' });
    expect(ids(volunteers)).toContain(helperOnly.id);
    expect(ids(volunteers)).not.toContain(neverHelped.id);
    expect(volunteers.every((p) => p.membership === 'none')).toBe(true);
    // An hour entry in the trash does not make anyone a volunteer.
    const withTrashedHour: Dataset = {
      ...data,
      hours: data.hours.map((h) =>
        h.personId === helperOnly.id ? { ...h, deletedAt: '2026-02-02T00:00:00.000Z' } : h,
      ),
    };
    expect(ids(filter({ kind: 'volunteers' }, withTrashedHour))).not.toContain(helperOnly.id);
  });

  it('membership type: current members of that type only', () => {
    const youth = filter({ kind: 'membershipType', membershipType: 'youth' });
    const expected = filter({ kind: 'members' }).filter((p) => p.membership === 'youth');
    expect(youth.length).toBeGreaterThan(0);
    expect(ids(youth)).toEqual(ids(expected));
    // A youth member who left is not listed.
    expect(data.people.some((p) => p.membership === 'youth' && p.leftOn && p.leftOn <= today)).toBe(
      true,
    );
    expect(youth.every((p) => !p.leftOn || p.leftOn > today)).toBe(true);
  });

  it('unpaid fee: the people of peopleWithUnpaidFeeForAYear', () => {
    const unpaid = filter({ kind: 'unpaidFee' });
    expect(unpaid.length).toBeGreaterThan(0);
    expect(ids(unpaid)).toEqual(ids(peopleWithUnpaidFeeForAYear(data, today).map((u) => u.person)));
  });

  it('past retention: formerMembersPastRetention, without people in the trash', () => {
    expect(filter({ kind: 'pastRetention' })).toEqual([]);
    const oneYear: Dataset = {
      ...data,
      profile: data.profile.map((p) => ({ ...p, retentionYears: 1 })),
      people: data.people.map((p) =>
        p.id === trashed.id ? { ...p, leftOn: '2020-01-01', joinedOn: '2019-01-01' } : p,
      ),
    };
    const past = filter({ kind: 'pastRetention' }, oneYear);
    const expected = formerMembersPastRetention(oneYear, today).filter((p) => !p.deletedAt);
    expect(past.length).toBeGreaterThan(0);
    expect(ids(past)).toEqual(ids(expected));
    expect(formerMembersPastRetention(oneYear, today).map((p) => p.id)).toContain(trashed.id);
    expect(ids(past)).not.toContain(trashed.id);
  });

  it('counts each group', () => {
    const counts = memberFilterCounts(data, today);
    expect(counts).toEqual({
      everyone: filter({ kind: 'everyone' }).length,
      members: filter({ kind: 'members' }).length,
      former: filter({ kind: 'former' }).length,
      volunteers: filter({ kind: 'volunteers' }).length,
      unpaidFee: filter({ kind: 'unpaidFee' }).length,
      pastRetention: 0,
    });
    expect(counts.members + counts.former).toBeLessThan(counts.everyone);
  });
});

describe('member sorting', () => {
  const people = [
    person('a', { fullName: 'Åke Öst', homeMunicipality: 'Vaasa', joinedOn: '2021-05-01' }),
    person('b', { fullName: 'Anna Aalto', homeMunicipality: 'Ähtäri', joinedOn: undefined }),
    person('c', { fullName: 'Ville Väli', homeMunicipality: 'Espoo', joinedOn: '2019-01-01' }),
    person('d', { fullName: 'Zeta Zoo', homeMunicipality: 'Espoo', joinedOn: '2023-03-03' }),
  ];
  it('by surname, then given names, Å after Z in Finnish', () => {
    const more = [
      ...people,
      person('e', { fullName: 'Aino Zoo', homeMunicipality: 'Espoo' }),
      person('f', { fullName: 'Öljy Aalto', homeMunicipality: 'Espoo' }),
    ];
    expect(names(sortMembers(more, { key: 'name', direction: 'asc' }, 'fi'))).toEqual([
      'Anna Aalto',
      'Öljy Aalto',
      'Ville Väli',
      'Aino Zoo',
      'Zeta Zoo',
      'Åke Öst',
    ]);
    // The Finnish order whatever the language of the window.
    expect(names(sortMembers(more, { key: 'name', direction: 'desc' }, 'en'))).toEqual([
      'Åke Öst',
      'Zeta Zoo',
      'Aino Zoo',
      'Ville Väli',
      'Öljy Aalto',
      'Anna Aalto',
    ]);
  });

  it('by municipality, then by name', () => {
    expect(names(sortMembers(people, { key: 'municipality', direction: 'asc' }, 'fi'))).toEqual([
      'Ville Väli',
      'Zeta Zoo',
      'Åke Öst',
      'Anna Aalto',
    ]);
    expect(names(sortMembers(people, { key: 'municipality', direction: 'desc' }, 'fi'))).toEqual([
      'Anna Aalto',
      'Åke Öst',
      'Ville Väli',
      'Zeta Zoo',
    ]);
  });

  it('by joining date, people without a date last both ways', () => {
    expect(names(sortMembers(people, { key: 'joined', direction: 'asc' }, 'fi'))).toEqual([
      'Ville Väli',
      'Åke Öst',
      'Zeta Zoo',
      'Anna Aalto',
    ]);
    expect(names(sortMembers(people, { key: 'joined', direction: 'desc' }, 'fi'))).toEqual([
      'Zeta Zoo',
      'Åke Öst',
      'Ville Väli',
      'Anna Aalto',
    ]);
  });

  it('does not change the given array', () => {
    const copy = [...people];
    sortMembers(people, { key: 'name', direction: 'desc' }, 'fi');
    expect(people).toEqual(copy);
  });
});

describe('member view', () => {
  it('filters, searches and sorts together', () => {
    const view = memberView(
      data,
      { filter: { kind: 'former' }, query: 'lähti', sort: { key: 'name', direction: 'asc' } },
      today,
      'fi',
    );
    expect(names(view)).toEqual(['Leena Lähtijä']);
    const all = memberView(
      data,
      { filter: { kind: 'members' }, query: '', sort: { key: 'joined', direction: 'desc' } },
      today,
      'fi',
    );
    expect(all).toHaveLength(filter({ kind: 'members' }).length);
    const dates = all.map((p) => p.joinedOn).filter(Boolean) as string[];
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

function names(ps: Person[]) {
  return ps.map((p) => p.fullName);
}
