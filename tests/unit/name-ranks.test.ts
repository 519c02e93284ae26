import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameRanks } from '../../src/core/people';

describe('nameRanks', () => {
  it('sorts rows as the collator does, ties broken the same way, in fi, sv and en', () => {
    const name = fc.constantFrom(
      'Åsa Öhman',
      'Asa Ohman',
      'Ärjä Aalto',
      'aino aalto',
      'Aino Aalto',
      'Väinö Wirtanen',
      'Vaino Virtanen',
      'Zoe',
      'Öberg',
      '–',
      '',
    );
    const rows = fc.array(fc.record({ name: fc.oneof(name, fc.string()), id: fc.uuid() }));
    fc.assert(
      fc.property(rows, fc.constantFrom('fi', 'sv', 'en'), (list, lang) => {
        const collator = new Intl.Collator(lang);
        const ranks = nameRanks(
          list.map((r) => r.name),
          lang,
        );
        const byCollator = [...list].sort(
          (a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id),
        );
        const byRank = [...list].sort(
          (a, b) => ranks.get(a.name)! - ranks.get(b.name)! || a.id.localeCompare(b.id),
        );
        expect(byRank).toEqual(byCollator);
      }),
    );
  });

  it('gives names the collator finds equal one place, and keeps Å, Ä, Ö after Z in Finnish', () => {
    const ranks = nameRanks(['Öberg', 'Zoe', 'Aalto', 'Åsa'], 'fi');
    expect([...ranks.entries()].sort((a, b) => a[1] - b[1]).map(([n]) => n)).toEqual([
      'Aalto',
      'Zoe',
      'Åsa',
      'Öberg',
    ]);
    const en = nameRanks(['a', 'a'], 'en');
    expect(en.size).toBe(1);
  });
});
