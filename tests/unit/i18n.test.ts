import { describe, expect, it } from 'vitest';
import {
  i18nextFormatter,
  messageIfKnown,
  messages,
  scopedTranslate,
  translate,
} from '../../src/core/i18n';
import i18next from 'i18next';
import { languageCodes, type Language } from '../../src/core/schemas';
import * as uiParts from '../../src/core/i18n/messages/uiParts';

/** Every leaf of a message tree as [dotted key, value]; values need not be strings here. */
function leaves(tree: unknown, prefix = ''): [string, unknown][] {
  if (!tree || typeof tree !== 'object' || Array.isArray(tree)) return [[prefix, tree]];
  return Object.entries(tree).flatMap(([k, v]) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? leaves(v, `${prefix}${k}.`)
      : ([[`${prefix}${k}`, v]] as [string, unknown][]),
  );
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!))].sort();
}

const byLang = Object.fromEntries(
  languageCodes.map((lang) => [lang, new Map(leaves(messages[lang]))]),
) as Record<Language, Map<string, unknown>>;
const fiKeys = [...byLang.fi.keys()];

describe('message trees', () => {
  it('exist for exactly the supported languages', () => {
    expect(Object.keys(messages).sort()).toEqual([...languageCodes].sort());
  });

  it('have every area in every language', () => {
    for (const lang of languageCodes) {
      expect(Object.keys(messages[lang]).sort(), lang).toEqual(Object.keys(messages.fi).sort());
    }
  });

  it('are not trivially small (the walk really reaches the leaves)', () => {
    expect(fiKeys.length).toBeGreaterThan(20);
    expect(fiKeys).toContain('dataFile.tables.people');
  });

  it.each(['sv', 'en'] as const)('%s has exactly the keys of Finnish, at every depth', (lang) => {
    const keys = [...byLang[lang].keys()];
    expect(
      keys.filter((k) => !byLang.fi.has(k)),
      `extra in ${lang}`,
    ).toEqual([]);
    expect(
      fiKeys.filter((k) => !byLang[lang].has(k)),
      `missing in ${lang}`,
    ).toEqual([]);
  });

  it.each(languageCodes)('%s: every message is a non-empty string', (lang) => {
    const bad = [...byLang[lang]]
      .filter(([, v]) => typeof v !== 'string' || v.trim() === '')
      .map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it.each(['sv', 'en'] as const)('%s uses the same {{placeholders}} as Finnish', (lang) => {
    const mismatched = fiKeys
      .filter(
        (k) => typeof byLang.fi.get(k) === 'string' && typeof byLang[lang].get(k) === 'string',
      )
      .filter(
        (k) =>
          placeholders(byLang.fi.get(k) as string).join() !==
          placeholders(byLang[lang].get(k) as string).join(),
      )
      .map(
        (k) =>
          `${k}: fi {{${placeholders(byLang.fi.get(k) as string)}}} vs ${lang} {{${placeholders(byLang[lang].get(k) as string)}}}`,
      );
    expect(mismatched).toEqual([]);
  });

  it.each(languageCodes)('%s: placeholders are well formed (no stray braces)', (lang) => {
    const bad = [...byLang[lang]]
      .filter(([, v]) => typeof v === 'string')
      .filter(([, v]) => {
        const stripped = (v as string).replace(/\{\{\s*\w+\s*\}\}/g, '');
        return /\{\{|\}\}/.test(stripped);
      })
      .map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it('has Swedish and English actually translated for the data-file table names', () => {
    for (const lang of ['sv', 'en'] as const) {
      const same = [...byLang.fi]
        .filter(([k]) => k.startsWith('dataFile.tables.'))
        .filter(([k, v]) => byLang[lang].get(k) === v)
        .map(([k]) => k);
      expect(same, lang).toEqual([]);
    }
  });
});

describe('the ui area split by page', () => {
  it('has parts whose top-level keys never overlap (a later part would hide an earlier one)', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, part] of Object.entries(uiParts)) {
      for (const key of Object.keys(part.fi)) {
        const before = seen.get(key);
        if (before) clashes.push(`${key}: ${before} and ${name}`);
        seen.set(key, name);
      }
    }
    expect(clashes).toEqual([]);
    expect(seen.size).toBe(Object.keys(messages.fi.ui).length);
  });
});

describe('translate', () => {
  it('looks up a nested key in each language', () => {
    expect(translate('fi', 'dataFile.tables.people')).toBe('Henkilöt');
    expect(translate('sv', 'dataFile.tables.people')).toBe('Personer');
    expect(translate('en', 'dataFile.tables.people')).toBe('People');
  });

  it('interpolates {{placeholders}}, numbers included, and ignores extra params', () => {
    expect(translate('en', 'dataFile.moreErrors', { count: 3, unused: 'x' })).toBe(
      '…and 3 more errors.',
    );
    expect(
      translate('fi', 'dataFile.location', {
        table: 'Henkilöt',
        row: 2,
        field: 'joinedOn',
        problem: 'virhe',
      }),
    ).toBe('Taulukko Henkilöt, rivi 2, kenttä joinedOn: virhe');
  });

  it('inserts values literally, even ones that look like replacement patterns', () => {
    expect(translate('en', 'dataFile.moreErrors', { count: "$& $1 $' {{count}}" })).toBe(
      "…and $& $1 $' {{count}} more errors.",
    );
  });

  it('leaves a placeholder visible when its value is missing', () => {
    expect(translate('sv', 'dataFile.moreErrors')).toBe('…och {{count}} fel till.');
  });

  it('messageIfKnown finds only leaves, nothing for unknown keys, subtrees and paths through a string', () => {
    for (const key of [
      'dataFile.noSuchMessage',
      'noSuchArea.x',
      'dataFile.tables',
      'dataFile',
      'dataFile.notJson.extra',
      '',
      'constructor',
      'dataFile.toString',
      '__proto__',
    ]) {
      expect(messageIfKnown('fi', key), key).toBeUndefined();
    }
    expect(messageIfKnown('sv', 'dataFile.notJson')).toBe(translate('sv', 'dataFile.notJson'));
  });

  it('accepts only known keys, plural messages by their base name (checked by tsc)', () => {
    // @ts-expect-error -- not a key of the catalogue
    expect(translate('fi', 'dataFile.noSuchMessage')).toBe('dataFile.noSuchMessage');
    // @ts-expect-error -- a plural form is named by its base key and chosen by count
    translate('fi', 'deadlines.overdue_one');
    // @ts-expect-error -- a subtree is not a message
    translate('fi', 'dataFile.tables');
    const t = scopedTranslate('en', 'dataFile');
    expect(t('tables.people')).toBe('People');
    // @ts-expect-error -- not under the prefix
    t('people');
  });

  it.each([
    ['fi', 1, 'Myöhässä 1 päivä'],
    ['fi', 2, 'Myöhässä 2 päivää'],
    ['fi', 0, 'Myöhässä 0 päivää'],
    ['sv', 1, 'Försenad 1 dag'],
    ['sv', 5, 'Försenad 5 dagar'],
    ['en', 1, 'Overdue by 1 day'],
    ['en', 1250, 'Overdue by 1,250 days'],
  ] as const)('%s: count %d picks the plural form as i18next does', (lang, count, text) => {
    expect(translate(lang, 'deadlines.overdue', { count })).toBe(text);
  });

  it('groups a count by thousands in the language, but no other number', () => {
    expect(translate('fi', 'deadlines.overdue', { count: 1250 })).toBe(
      'Myöhässä 1\u00a0250 päivää',
    );
    expect(translate('fi', 'dataFile.moreErrors', { count: 12345 })).toContain('12\u00a0345');
    expect(
      translate('fi', 'dataFile.location', { table: 'T', row: 12345, field: 'f', problem: 'p' }),
    ).toContain('rivi 12345');
  });

  it.each(languageCodes)('%s: every key in the tree finds its own text', (lang) => {
    for (const [key, value] of byLang[lang]) {
      if (typeof value === 'string' && placeholders(value).length === 0) {
        expect(messageIfKnown(lang, key)).toBe(value);
      }
    }
  });
});

describe("the renderer's i18next and translate", () => {
  it('read the same catalogue the same way: plural forms, grouped counts, placeholders', async () => {
    const instance = i18next.createInstance();
    await instance.use(i18nextFormatter).init({
      resources: {
        fi: { translation: messages.fi },
        sv: { translation: messages.sv },
        en: { translation: messages.en },
      },
      lng: 'fi',
      interpolation: { escapeValue: false, alwaysFormat: true },
    });
    for (const lang of languageCodes) {
      const t = instance.getFixedT(lang);
      for (const count of [0, 1, 2, 1250, 1234567]) {
        expect(t('deadlines.overdue', { count })).toBe(
          translate(lang, 'deadlines.overdue', { count }),
        );
        expect(t('network.wroteRegional', { count, file: 'a.pdf' })).toBe(
          translate(lang, 'network.wroteRegional', { count, file: 'a.pdf' }),
        );
      }
      expect(t('dataFile.location', { table: 'T', row: 2026, field: 'f', problem: 'p' })).toBe(
        translate(lang, 'dataFile.location', { table: 'T', row: 2026, field: 'f', problem: 'p' }),
      );
    }
    expect(instance.getFixedT('fi')('deadlines.overdue', { count: 1250 })).toBe(
      'Myöhässä 1\u00a0250 päivää',
    );
  });
});

describe('counts in messages', () => {
  // "(12)" and ": 12" read right with any number; every other count needs its plural forms.
  const asFigure = (text: string) => /\(\{\{count\}\}\)|: \{\{count\}\}/.test(text);
  it.each(languageCodes)('%s: a message counting something has _one and _other forms', (lang) => {
    const missing = [...byLang[lang]]
      .filter(([, v]) => typeof v === 'string' && v.includes('{{count}}'))
      .filter(([k]) => !/_(one|other)$/.test(k))
      .filter(([, v]) => !asFigure(v as string))
      .map(([k]) => k);
    expect(missing).toEqual([]);
  });

  // Parameters that are counts under another name: i18next picks a plural form only by
  // `count`, so a message must count each through a part of its own ("{{count}} jäsen" /
  // "{{count}} jäsentä") that the caller joins with another message.
  const countParams = [
    'members',
    'people',
    'rows',
    'years',
    'days',
    'fees',
    'added',
    'updated',
    'conflicts',
    'sessions',
    'activities',
  ];
  const countedByName = new RegExp(`\\{\\{(${countParams.join('|')})\\}\\}`, 'g');
  // "(12)", "/ 12" and a figure after a colon that ends the phrase read right with any number.
  const figureOnly = (text: string, param: string) =>
    text.includes(`({{${param}}})`) ||
    text.includes(`/ {{${param}}}`) ||
    new RegExp(`: \\{\\{${param}\\}\\}($|[.,;)])`).test(text);
  const notYetSplit = new Set<string>([]);
  it.each(languageCodes)(
    '%s: a count under another name than count is a figure, not a word',
    (lang) => {
      const counted = [...byLang[lang]]
        .filter(([, v]) => typeof v === 'string')
        .filter(([, v]) =>
          [...(v as string).matchAll(countedByName)].some((m) => !figureOnly(v as string, m[1]!)),
        )
        .map(([k]) => k)
        .filter((k) => !notYetSplit.has(k));
      expect(counted).toEqual([]);
    },
  );

  it('joins two counts each with its own plural form, counts grouped by thousands', () => {
    const line = (lang: Language, members: number, people: number) =>
      translate(lang, 'ui.members.count', {
        membersText: translate(lang, 'ui.members.membersCount', { count: members }),
        peopleText: translate(lang, 'ui.members.peopleCount', { count: people }),
      });
    expect(line('fi', 1, 1)).toBe('1 jäsen, yhteensä 1 henkilö');
    expect(line('fi', 1250, 2)).toBe('1\u00a0250 jäsentä, yhteensä 2 henkilöä');
    expect(line('en', 1, 3)).toBe('1 member, 3 people in all');
    expect(line('sv', 2, 1)).toBe('2 medlemmar, totalt 1 person');
    expect(translate('fi', 'personPrivacy.settings.saved', { count: 1 })).toBe(
      'Säilytysaika tallennettu: 1 vuosi.',
    );
    expect(translate('en', 'personPrivacy.settings.saved', { count: 7 })).toBe(
      'Retention period saved: 7 years.',
    );
  });

  it('has both forms wherever one exists', () => {
    const keys = [...byLang.fi.keys()];
    const lone = keys
      .filter((k) => /_(one|other)$/.test(k))
      .filter(
        (k) =>
          !byLang.fi.has(k.replace(/_(one|other)$/, '_one')) ||
          !byLang.fi.has(k.replace(/_(one|other)$/, '_other')),
      );
    expect(lone).toEqual([]);
  });

  it('says one fee, not "1 membership fees"', () => {
    expect(translate('en', 'fees.markedPaid', { count: 1 })).toBe(
      '1 membership fee marked as paid.',
    );
    expect(translate('fi', 'memberRegister.shown', { count: 1 })).toBe('Näkyvissä 1 henkilö');
    expect(translate('sv', 'memberRegister.shown', { count: 2 })).toBe('2 personer visas');
  });
});
