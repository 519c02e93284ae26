import { describe, expect, it } from 'vitest';
import { searchPeople } from '../../src/core/people';

const people = [
  { fullName: 'Åsa Öhman', homeMunicipality: 'Tampere', email: 'asa@example.fi' },
  { fullName: 'Aaro Ahola', homeMunicipality: 'Nokia' },
  { fullName: 'Šárka Novák', homeMunicipality: 'Ylöjärvi', email: '' },
  { fullName: 'Pekka Lehtonen', homeMunicipality: 'Tampere', email: 'pekka@yhdistys.fi' },
];
const names = (q: string) => searchPeople(people, q).map((p) => p.fullName);

describe('searchPeople', () => {
  it('returns everyone for an empty query', () => {
    expect(names('  ')).toHaveLength(4);
  });
  it('matches name, municipality and email, ignoring case and word order', () => {
    expect(names('tampere pekka')).toEqual(['Pekka Lehtonen']);
    expect(names('YHDISTYS')).toEqual(['Pekka Lehtonen']);
    expect(names('nokia')).toEqual(['Aaro Ahola']);
  });
  it('keeps å, ä and ö distinct from a and o, but folds other accents', () => {
    expect(names('öhman')).toEqual(['Åsa Öhman']);
    expect(names('ohman')).toEqual([]);
    expect(names('åsa')).toEqual(['Åsa Öhman']);
    expect(names('sarka')).toEqual(['Šárka Novák']);
    expect(names('ylöj')).toEqual(['Šárka Novák']);
  });
  it('finds a person by what they are called now, also when the same object was changed', () => {
    const ones = [{ fullName: 'Liisa Mäki', homeMunicipality: 'Kemi', email: 'liisa@example.fi' }];
    expect(searchPeople(ones, 'mäki')).toHaveLength(1);
    for (const change of [
      { fullName: 'Liisa Salo' },
      { homeMunicipality: 'Tornio' },
      { email: 'salo@example.fi' },
    ]) {
      Object.assign(ones[0]!, change);
      const [field, value] = Object.entries(change)[0]!;
      expect(searchPeople(ones, value.split(' ').at(-1)!), field).toHaveLength(1);
    }
    expect(searchPeople(ones, 'mäki')).toEqual([]);
    expect(searchPeople(ones, 'kemi')).toEqual([]);
  });
});
