import { describe, expect, it } from 'vitest';
import { byStatutoryName, personNameParts } from '../../src/core/people';

describe('personNameParts', () => {
  it('takes the last word as the surname and keeps the given names in order', () => {
    expect(personNameParts('Anna-Liisa Maria Virtanen')).toEqual({
      surname: 'Virtanen',
      particles: '',
      givenNames: 'Anna-Liisa Maria',
      surnameFirst: 'Virtanen Anna-Liisa Maria',
    });
  });

  it('keeps a hyphenated surname whole and tidies extra spaces', () => {
    expect(personNameParts('  Matti   Mäki-Kuusela ').surnameFirst).toBe('Mäki-Kuusela Matti');
  });

  it('keeps lower-case particles with the surname but sorts by the word after them', () => {
    expect(personNameParts('Georg Henrik von Wright')).toEqual({
      surname: 'Wright',
      particles: 'von',
      givenNames: 'Georg Henrik',
      surnameFirst: 'von Wright Georg Henrik',
    });
    expect(personNameParts('Johanna af Forselles').surnameFirst).toBe('af Forselles Johanna');
    expect(personNameParts('Pieter van der Berg').particles).toBe('van der');
    // Capitalised, the word is part of the surname itself: "De" is the given name here.
    expect(personNameParts('De Luca').surname).toBe('Luca');
    expect(personNameParts('Maria De Luca').givenNames).toBe('Maria De');
  });

  it('reads a name with a comma as already surname first', () => {
    expect(personNameParts('Virtanen, Matti Juhani')).toEqual({
      surname: 'Virtanen',
      particles: '',
      givenNames: 'Matti Juhani',
      surnameFirst: 'Virtanen Matti Juhani',
    });
    expect(personNameParts('von Wright, Georg').surname).toBe('Wright');
  });

  it('treats a one-word name as all surname', () => {
    expect(personNameParts('Madonna')).toEqual({
      surname: 'Madonna',
      particles: '',
      givenNames: '',
      surnameFirst: 'Madonna',
    });
    expect(personNameParts('von Wright').surnameFirst).toBe('von Wright');
  });
});

describe('byStatutoryName', () => {
  const sorted = (names: string[]) => [...names].sort(byStatutoryName((n: string) => n));

  it('sorts by surname, then given names, with Å Ä Ö after Z', () => {
    expect(
      sorted([
        'Åke Öst',
        'Zeta Aalto',
        'Anna Aalto',
        'Ville Väli',
        'Bertta Ärlig',
        'Olli Zilliacus',
        'Aarne Åberg',
      ]),
    ).toEqual([
      'Anna Aalto',
      'Zeta Aalto',
      'Ville Väli',
      'Olli Zilliacus',
      'Aarne Åberg',
      'Bertta Ärlig',
      'Åke Öst',
    ]);
  });

  it('sorts a particle name under the word after the particle', () => {
    expect(sorted(['Georg Henrik von Wright', 'Ville Virtanen', 'Aino Ylönen'])).toEqual([
      'Ville Virtanen',
      'Georg Henrik von Wright',
      'Aino Ylönen',
    ]);
  });
});
