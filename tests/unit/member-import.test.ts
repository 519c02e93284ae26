import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../src/cli/readSpreadsheet';
import { messageIfKnown } from '../../src/core/i18n';
import {
  applyMemberImport,
  decodeText,
  detectDelimiter,
  detectFileKind,
  formatImportDuplicates,
  formatImportErrors,
  formatImportFileError,
  guessMapping,
  ImportFileError,
  importFields,
  parseCsv,
  parseFinnishDate,
  prepareMemberImport,
  type MemberImportErrorCode,
  type MemberImportOptions,
} from '../../src/core/import';
import { emptyDataset, languageCodes, type Dataset, type Person } from '../../src/core/schemas';

const fixtures = resolve(import.meta.dirname, '../fixtures/members');
const csvFixtures = readdirSync(fixtures).filter((f) => f.endsWith('.csv'));

/** Deterministic ids and timestamps, so a preview can be compared whole. */
function options(extra: Partial<MemberImportOptions> = {}): MemberImportOptions {
  let n = 0;
  return {
    today: '2026-11-22',
    hasHeader: true,
    now: '2026-11-22T10:00:00.000Z',
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    ...extra,
  };
}

/** The four people every fixture holds, as they must come out. */
const expectedPeople = [
  {
    fullName: 'Åsa Öhman',
    homeMunicipality: 'Närpiö',
    email: 'asa.ohman@example.fi',
    streetAddress: 'Storgatan 1',
    postalCode: '64200',
    postOffice: 'Närpiö',
    membership: 'regular',
    joinedOn: '2024-03-01',
    feeCents: 125050,
  },
  {
    fullName: 'Šárka Nováková',
    homeMunicipality: 'Jyväskylä',
    email: 'sarka@example.fi',
    streetAddress: 'Kauppakatu 3 B 12',
    postalCode: '40100',
    postOffice: 'Jyväskylä',
    membership: 'supporting',
    joinedOn: '2024-03-01',
    feeCents: 2500,
  },
  {
    fullName: 'Øystein Ørnes',
    homeMunicipality: 'Helsinki',
    email: undefined,
    streetAddress: 'Rantatie 5, as. 3; "Vanha talo"',
    postalCode: '00100',
    postOffice: 'Helsinki',
    membership: 'honorary',
    joinedOn: '2024-03-01',
    feeCents: 1200,
  },
  {
    fullName: 'Ville "€uro" Väänänen',
    homeMunicipality: 'Pietarsaari',
    email: 'ville@example.fi',
    streetAddress: 'Pohjoisesplanadi 2',
    postalCode: '68600',
    postOffice: 'Jakobstad',
    membership: 'regular',
    joinedOn: '2023-11-15',
    feeCents: 750,
  },
];

function summarise(rows: string[][]) {
  const preview = prepareMemberImport(rows, guessMapping(rows[0]!), emptyDataset(), options());
  expect(preview.errors).toEqual([]);
  expect(preview.canImport).toBe(true);
  return preview.rows.map((r) => ({
    fullName: r.person!.fullName,
    homeMunicipality: r.person!.homeMunicipality,
    email: r.person!.email,
    streetAddress: r.person!.streetAddress,
    postalCode: r.person!.postalCode,
    postOffice: r.person!.postOffice,
    membership: r.person!.membership,
    joinedOn: r.person!.joinedOn,
    feeCents: r.fee?.amountCents,
  }));
}

describe('fixture matrix: every encoding, separator and line ending yields the same people', () => {
  it('has all 18 CSV combinations and the XLSX', () => {
    expect(csvFixtures).toHaveLength(18);
    expect(readdirSync(fixtures)).toContain('members.xlsx');
  });

  it.each(csvFixtures)('%s', (name) => {
    const [, enc, sep, eol] = /^members-(\w+)-(\w+)-(\w+)\.csv$/.exec(name)!;
    const bytes = readFileSync(join(fixtures, name));
    // The fixture really is what its name says (so a regenerated matrix cannot go flat).
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    expect(hasBom).toBe(enc === 'utf8bom');
    if (enc === 'cp1252') {
      for (const byte of [0x80, 0x8a, 0xd8])
        expect(bytes.includes(byte), `byte ${byte}`).toBe(true);
    }
    expect(bytes.includes(0x0d)).toBe(eol === 'crlf');
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe(enc === 'cp1252' ? 'windows-1252' : 'utf-8');
    expect(text.startsWith('Etunimi')).toBe(true);
    expect(text.split(/\r?\n/)[0]).toContain({ semicolon: ';', comma: ',', tab: '\t' }[sep!]);

    const rows = parseCsv(text);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.length === 10)).toBe(true);
    expect(summarise(rows)).toEqual(expectedPeople);
  });

  it('members.xlsx (real date and number cells)', async () => {
    const bytes = readFileSync(join(fixtures, 'members.xlsx'));
    expect(detectFileKind(bytes)).toBe('xlsx');
    const rows = await readSpreadsheet(bytes);
    expect(rows[1]![8]).toBe('2024-03-01');
    expect(rows[1]![9]).toBe('1250.5');
    expect(summarise(rows)).toEqual(expectedPeople);
  });
});

describe('decodeText', () => {
  it('decodes Windows-1252 0x80–0x9F with its own table, not as Latin-1', () => {
    const bytes = Uint8Array.from([
      0x80, 0x8a, 0x9a, 0x8e, 0x9e, 0x9f, 0x85, 0x96, 0xd8, 0xe4, 0xf6, 0xe5, 0xc5,
    ]);
    expect(decodeText(bytes)).toEqual({
      text: '€ŠšŽžŸ…–Øäöåc'.replace('c', 'Å'),
      encoding: 'windows-1252',
    });
  });

  it('keeps valid UTF-8 as UTF-8, strips a BOM, reads UTF-16LE with BOM', () => {
    const text = 'Åsa;€;Š;Ø\r\n';
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeText(bom)).toEqual({ text, encoding: 'utf-8' });
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    expect(decodeText(utf16)).toEqual({ text, encoding: 'utf-16le' });
  });

  it('treats one invalid UTF-8 byte as Windows-1252 for the whole file', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('Ø'), 0x80]);
    expect(decodeText(bytes).encoding).toBe('windows-1252');
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks inside', () => {
    const text =
      'Nimi;Osoite;Lisätiedot\r\n"Virtanen; Matti";"Katu 1, ""A"" 2";"rivi 1\r\nrivi 2"\r\n\r\n\r\n';
    expect(parseCsv(text)).toEqual([
      ['Nimi', 'Osoite', 'Lisätiedot'],
      ['Virtanen; Matti', 'Katu 1, "A" 2', 'rivi 1\r\nrivi 2'],
    ]);
  });

  it('detects comma and tab, and drops a leading BOM character', () => {
    expect(parseCsv('\uFEFFa,b\n1,"2,5"\n')).toEqual([
      ['a', 'b'],
      ['1', '2,5'],
    ]);
    expect(parseCsv('a\tb\n1\t2,5')).toEqual([
      ['a', 'b'],
      ['1', '2,5'],
    ]);
  });

  it('picks the separator that splits the header and the lines after it alike', () => {
    expect(detectDelimiter('Nimi\nMatti\n')).toBe(';');
    expect(detectDelimiter('Nimi,Kotikunta;x\n"A; B",Turku\n"C; D",Oulu\n')).toBe(',');
    expect(detectDelimiter('a;b;c\n1;"2,5";3\n4;5,5;6\n')).toBe(';');
  });

  it('refuses a quote that never closes, naming the row', () => {
    const read = () => parseCsv('Nimi;Kotikunta\n"Matti;Tampere\nLiisa;Turku\n');
    expect(read).toThrow(ImportFileError);
    try {
      read();
    } catch (e) {
      expect((e as ImportFileError).code).toBe('unclosedQuote');
      expect(formatImportFileError(e as ImportFileError, 'fi')).toContain('Rivillä 2');
    }
  });
});

describe('parseFinnishDate', () => {
  it.each([
    ['1.3.2024', '2024-03-01'],
    ['01.03.2024', '2024-03-01'],
    ['2024-03-01', '2024-03-01'],
    [' 29.2.2024 ', '2024-02-29'],
    ['1.3.2024 0:00', '2024-03-01'],
    ['31.12.1999.', '1999-12-31'],
  ])('%s → %s', (text, iso) => {
    expect(parseFinnishDate(text)).toEqual({ ok: true, value: iso });
  });

  it.each([
    '31.2.2024',
    '29.2.2023',
    '2024-02-30',
    '32.1.2024',
    '1.13.2024',
    '1.3.24',
    '0.3.2024',
    '1.3.0024',
    '',
    'maaliskuu',
    '1/3/2024',
  ])('%j is not a date', (text) => {
    expect(parseFinnishDate(text)).toEqual({ ok: false });
  });
});

describe('guessMapping', () => {
  it('recognises Finnish headers, with years and notes in parentheses', () => {
    expect(
      guessMapping([
        'Nimi',
        'Kotikunta',
        'Sähköposti',
        'Puh.',
        'Liittymispäivä (pp.kk.vvvv)',
        'Jäsenmaksu 2024',
        'Maksettu',
        'Huom',
        'Mitä lie',
      ]),
    ).toEqual({
      fullName: 0,
      homeMunicipality: 1,
      email: 2,
      phone: 3,
      joinedOn: 4,
      feeAmount: 5,
      feePaidOn: 6,
      notes: 7,
    });
  });

  it('recognises Swedish and English headers', () => {
    expect(
      guessMapping([
        'Förnamn',
        'Efternamn',
        'Hemkommun',
        'E-post',
        'Telefon',
        'Adress',
        'Postnummer',
        'Postort',
        'Medlemstyp',
        'Anslöt',
        'Utträde',
        'Språk',
      ]),
    ).toEqual({
      firstName: 0,
      lastName: 1,
      homeMunicipality: 2,
      email: 3,
      phone: 4,
      streetAddress: 5,
      postalCode: 6,
      postOffice: 7,
      membership: 8,
      joinedOn: 9,
      leftOn: 10,
      languages: 11,
    });
    expect(
      guessMapping([
        'Full name',
        'Municipality',
        'Email',
        'Membership type',
        'Joined',
        'Left',
        'Amount',
        'Notes',
      ]),
    ).toEqual({
      fullName: 0,
      homeMunicipality: 1,
      email: 2,
      membership: 3,
      joinedOn: 4,
      leftOn: 5,
      feeAmount: 6,
      notes: 7,
    });
  });

  it('gives each column to one field only', () => {
    expect(guessMapping(['Kotikunta', 'Kunta'])).toEqual({ homeMunicipality: 0 });
  });
});

const header = [
  'Nimi',
  'Kotikunta',
  'Liittynyt',
  'Erosi',
  'Sähköposti',
  'Jäsenlaji',
  'Kieli',
  'Jäsenmaksu',
];
const mapping = guessMapping(header);
const row = (over: Partial<Record<(typeof header)[number], string>> = {}) => {
  const base: Record<string, string> = {
    Nimi: 'Matti Virtanen',
    Kotikunta: 'Tampere',
    Liittynyt: '1.3.2024',
    Erosi: '',
    Sähköposti: '',
    Jäsenlaji: '',
    Kieli: '',
    Jäsenmaksu: '',
    ...over,
  };
  return header.map((h) => base[h]!);
};

function person(over: Partial<Person>): Person {
  return {
    id: crypto.randomUUID(),
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    deletedAt: null,
    fullName: 'X',
    homeMunicipality: 'Y',
    languages: [],
    membership: 'regular',
    consents: { emailContact: false, nameInPublicMaterials: false },
    ...over,
  };
}

describe('prepareMemberImport: errors per row', () => {
  const rows = [
    header,
    row(),
    row({ Nimi: 'Liisa Laine', Liittynyt: '31.2.2024' }),
    row({ Nimi: '', Kotikunta: 'Turku' }),
    row({ Nimi: 'Pekka Puu', Kotikunta: '  ' }),
    row({
      Nimi: 'Outi Oja',
      Sähköposti: 'outi@',
      Jäsenlaji: 'kuningas',
      Kieli: 'suomi, klingon',
      Jäsenmaksu: '12,345',
    }),
    row({ Nimi: 'Erkki Esko', Liittynyt: '1.3.2024', Erosi: '1.1.2024' }),
    row({ Nimi: 'Tuula Tuleva', Liittynyt: '1.1.2030' }),
  ];
  const preview = prepareMemberImport(rows, mapping, emptyDataset(), options());

  it('finds every error, with the spreadsheet row number, field and column', () => {
    expect(preview.canImport).toBe(false);
    expect(preview.errors.map(({ row, field, code }) => ({ row, field, code }))).toEqual([
      { row: 3, field: 'joinedOn', code: 'invalidDate' },
      { row: 4, field: 'fullName', code: 'required' },
      { row: 5, field: 'homeMunicipality', code: 'required' },
      { row: 6, field: 'membership', code: 'unknownMembership' },
      { row: 6, field: 'languages', code: 'unknownLanguage' },
      { row: 6, field: 'feeAmount', code: 'invalidAmount' },
      { row: 6, field: 'email', code: 'invalidEmail' },
      { row: 7, field: 'leftOn', code: 'leftBeforeJoined' },
      { row: 8, field: 'joinedOn', code: 'futureDate' },
    ]);
    expect(preview.rows[0]!.person?.fullName).toBe('Matti Virtanen');
    expect(preview.rows[1]!.person).toBeUndefined();
    expect(preview.errors[0]).toMatchObject({ column: 2, params: { value: '31.2.2024' } });
  });

  it('says them in the user’s language', () => {
    const fi = formatImportErrors(preview, 'fi');
    expect(fi[0]).toBe(
      'Rivi 3, Liittymispäivä (sarake C): päivämäärä ”31.2.2024” on virheellinen tai sitä ei ole olemassa (kirjoita esim. 1.3.2024)',
    );
    expect(fi[1]).toBe('Rivi 4, Nimi (sarake A): pakollinen tieto puuttuu');
    expect(fi[2]).toBe('Rivi 5, Kotikunta (sarake B): pakollinen tieto puuttuu');
    expect(formatImportErrors(preview, 'sv')[2]).toBe(
      'Rad 5, Hemkommun (kolumn B): obligatorisk uppgift saknas',
    );
    expect(formatImportErrors(preview, 'en')[0]).toContain(
      'Row 3, Joined on (column C): the date “31.2.2024”',
    );
    expect(formatImportErrors(preview, 'fi', 2)).toEqual([fi[0], fi[1], '…ja 7 muuta virhettä.']);
  });

  it('is all or nothing: a preview with errors cannot be applied', () => {
    expect(() => applyMemberImport(emptyDataset(), preview)).toThrow();
  });

  it('names a missing name or municipality column, and an empty file', () => {
    const noMunicipality = prepareMemberImport(
      [['Nimi'], ['Matti']],
      { fullName: 0 },
      emptyDataset(),
      options(),
    );
    expect(noMunicipality.fileErrors.map((e) => e.code)).toEqual(['noMunicipalityColumn']);
    expect(formatImportErrors(noMunicipality, 'fi')[0]).toContain('Mikään sarake ei ole kotikunta');
    const noName = prepareMemberImport(
      [['Kunta'], ['Turku']],
      guessMapping(['Kunta']),
      emptyDataset(),
      options(),
    );
    expect(noName.fileErrors.map((e) => e.code)).toEqual(['noNameColumn']);
    const empty = prepareMemberImport([header], mapping, emptyDataset(), options());
    expect(empty.fileErrors.map((e) => e.code)).toEqual(['noRows']);
    expect(empty.canImport).toBe(false);
  });

  it('has a message for every error code in every language', () => {
    const codes = [
      'required',
      'invalidDate',
      'futureDate',
      'invalidAmount',
      'invalidEmail',
      'unknownMembership',
      'unknownLanguage',
      'tooLong',
      'leftBeforeJoined',
      'invalidPostalCode',
      'invalid',
      'noRows',
      'noNameColumn',
      'noMunicipalityColumn',
    ] satisfies MemberImportErrorCode[];
    const fileCodes = [
      'unclosedQuote',
      'unsupportedFile',
      'unreadableSpreadsheet',
    ] satisfies ImportFileError['code'][];
    for (const lang of languageCodes) {
      for (const code of [...codes, ...fileCodes])
        expect(
          messageIfKnown(lang, `memberImport.errors.${code}`),
          `${lang} ${code}`,
        ).toBeDefined();
      for (const field of importFields)
        expect(
          messageIfKnown(lang, `memberImport.fields.${field}`),
          `${lang} ${field}`,
        ).toBeDefined();
    }
  });
});

describe('prepareMemberImport: values', () => {
  it('joins first and last name, reads membership and languages, makes a fee', () => {
    const rows = [
      ['Etunimi', 'Sukunimi', 'Hemkommun', 'Medlemstyp', 'Språk', 'Medlemsavgift', 'Betald'],
      ['  Anna-Maija ', 'Kallio', 'Vaasa', 'Stödmedlem', 'finska / svenska', '20,00', '15.1.2025'],
      ['', '', '', '', '', '', ''],
      ['Bo', 'Ek', 'Korsholm', 'hedersmedlem', 'sv', '', ''],
    ];
    const preview = prepareMemberImport(rows, guessMapping(rows[0]!), emptyDataset(), options());
    expect(preview.errors).toEqual([]);
    expect(preview.blankRows).toEqual([3]);
    const [anna, bo] = preview.rows;
    expect(anna!.person).toMatchObject({
      fullName: 'Anna-Maija Kallio',
      membership: 'supporting',
      languages: ['fi', 'sv'],
    });
    expect(anna!.fee).toMatchObject({
      personId: anna!.person!.id,
      amountCents: 2000,
      year: 2025,
      paidOn: '2025-01-15',
    });
    expect(bo!.row).toBe(4);
    expect(bo!.person).toMatchObject({ membership: 'honorary', languages: ['sv'] });
    expect(bo!.fee).toBeUndefined();
  });

  it('numbers rows from 1 when there is no header row', () => {
    const preview = prepareMemberImport(
      [row(), row({ Kotikunta: '' })],
      mapping,
      emptyDataset(),
      options({ hasHeader: false }),
    );
    expect(preview.rows.map((r) => r.row)).toEqual([1, 2]);
    expect(preview.errors).toMatchObject([{ row: 2, field: 'homeMunicipality', code: 'required' }]);
  });

  it('uses the default membership when the column is empty or missing', () => {
    const preview = prepareMemberImport(
      [header, row()],
      mapping,
      emptyDataset(),
      options({ defaultMembership: 'none' }),
    );
    expect(preview.rows[0]!.person!.membership).toBe('none');
  });
});

describe('probable duplicates', () => {
  const existing: Dataset = {
    ...emptyDataset(),
    people: [
      person({ fullName: 'Virtanen Matti', homeMunicipality: 'TAMPERE' }),
      person({ fullName: 'Liisa Laine', homeMunicipality: 'Turku', email: 'Liisa@Example.fi' }),
      person({
        fullName: 'Pekka Puu',
        homeMunicipality: 'Oulu',
        deletedAt: '2025-02-01T00:00:00.000Z',
      }),
    ],
  };
  const rows = [
    header,
    row(), // Matti Virtanen, Tampere: in the register, name words in the other order
    row({ Nimi: 'L. Laine', Kotikunta: 'Espoo', Sähköposti: 'liisa@example.fi' }), // same email
    row({ Nimi: 'Pekka Puu', Kotikunta: 'Oulu' }), // only a deleted person
    row({ Nimi: 'Saara Suo', Kotikunta: 'Lahti' }),
    row({ Nimi: 'saara  suo', Kotikunta: 'lahti' }), // same as the row above
    row({ Nimi: 'Mäkinen Äijö', Kotikunta: 'Kemi' }),
    row({ Nimi: 'Makinen Aijo', Kotikunta: 'Kemi' }), // ä is not a: a different name
  ];
  const preview = prepareMemberImport(rows, mapping, existing, options());

  it('are listed separately and do not block the import', () => {
    expect(preview.canImport).toBe(true);
    expect(
      preview.duplicates.map((d) => ({
        row: d.row,
        reason: d.reason,
        match: d.match.kind === 'row' ? d.match.row : d.match.fullName,
      })),
    ).toEqual([
      { row: 2, reason: 'nameAndMunicipality', match: 'Virtanen Matti' },
      { row: 3, reason: 'email', match: 'Liisa Laine' },
      { row: 6, reason: 'nameAndMunicipality', match: 5 },
    ]);
    expect(formatImportDuplicates(preview, 'fi')).toEqual([
      'Rivi 2: Matti Virtanen, Tampere – sama nimi ja kotikunta kuin rekisterissä jo oleva Virtanen Matti, TAMPERE',
      'Rivi 3: L. Laine, Espoo – sama sähköpostiosoite kuin rekisterissä jo oleva Liisa Laine, Turku',
      'Rivi 6: saara suo, lahti – sama nimi ja kotikunta kuin rivillä 5',
    ]);
  });

  it('can be left out when applying; applying is pure', () => {
    const before = structuredClone(existing);
    const all = applyMemberImport(existing, preview);
    expect(all.people).toHaveLength(3 + 7);
    expect(existing).toEqual(before);
    const some = applyMemberImport(existing, preview, {
      skipRows: preview.duplicates.map((d) => d.row),
    });
    expect(some.people.map((p) => p.fullName).slice(3)).toEqual([
      'Pekka Puu',
      'Saara Suo',
      'Mäkinen Äijö',
      'Makinen Aijo',
    ]);
  });
});
