import { describe, expect, it } from 'vitest';
import { prepareMemberImport, type MemberImportOptions } from '../../src/core/import';
import { translate } from '../../src/core/i18n';
import {
  associationProfileSchema,
  emptyDataset,
  languageCodes,
  personSchema,
  personEntrySchema,
  postalCodeEntry,
} from '../../src/core/schemas';
import { formatDataFileIssue } from '../../src/core/dataFile';
import { isValidPostalCode, postalCodeFromSpreadsheet } from '../../src/core/validators/postalCode';
import {
  checkPerson,
  draftPerson,
  newPersonFormValues,
} from '../../src/renderer/src/features/person/personFormModel';

describe('a Finnish postal code has five digits', () => {
  it.each(['00100', '33100', '99999', ' 00100 ', 'FI-00100', 'fi00100', ''])('accepts %j', (v) =>
    expect(isValidPostalCode(v)).toBe(true),
  );

  it.each(['0010', '001000', '100', '001 00', '00-100', 'FI-0010', 'FI-ABCDE', '1234567890'])(
    'refuses %j',
    (v) => expect(isValidPostalCode(v)).toBe(false),
  );

  it.each(['SE-123 45', 'D-10115', 'EE-10111', 'EC1A 1BB', 'AX-22100'])(
    'takes a code abroad with its country or letters as written: %j',
    (v) => expect(isValidPostalCode(v)).toBe(true),
  );

  it('gives back the leading zeros a spreadsheet dropped, and nothing else', () => {
    expect(postalCodeFromSpreadsheet('100')).toBe('00100');
    expect(postalCodeFromSpreadsheet('2100')).toBe('02100');
    expect(postalCodeFromSpreadsheet('33100')).toBe('33100');
    expect(postalCodeFromSpreadsheet('12')).toBe('12');
    expect(postalCodeFromSpreadsheet('SE-123 45')).toBe('SE-123 45');
  });
});

const base = {
  id: '00000000-0000-4000-8000-000000000001',
  createdAt: '2026-11-22T10:00:00.000Z',
  updatedAt: '2026-11-22T10:00:00.000Z',
  deletedAt: null,
  homeMunicipality: 'Tampere',
};

describe('the postal code: new input is checked, stored records are kept as typed', () => {
  it('a person entered with four digits is refused with its own message, empty and absent are fine', () => {
    const bad = personEntrySchema.safeParse({ ...base, fullName: 'Maija', postalCode: '3310' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]).toMatchObject({
      path: ['postalCode'],
      message: 'invalidPostalCode',
    });
    expect(
      personEntrySchema.safeParse({ ...base, fullName: 'Maija', postalCode: '' }).success,
    ).toBe(true);
    expect(personEntrySchema.safeParse({ ...base, fullName: 'Maija' }).success).toBe(true);
  });

  it('a record stored before the rule (a restore of an older backup) is never refused for it', () => {
    expect(personSchema.safeParse({ ...base, fullName: 'Maija', postalCode: '3310' }).success).toBe(
      true,
    );
    expect(
      associationProfileSchema.safeParse({ ...base, name: 'Yhdistys', postalCode: '331' }).success,
    ).toBe(true);
  });

  it('the profile form checks its input', () => {
    expect(postalCodeEntry.safeParse('331').error!.issues[0]).toMatchObject({
      message: 'invalidPostalCode',
    });
    expect(postalCodeEntry.safeParse('33100').success).toBe(true);
  });

  it.each(languageCodes)(
    '%s: the person form, a restore and the profile form say what is wrong',
    (lang) => {
      const errors = checkPerson(draftPerson(base.createdAt), {
        ...newPersonFormValues('2026-11-22'),
        fullName: 'Maija',
        homeMunicipality: 'Tampere',
        postalCode: '3310',
      });
      expect(errors.postalCode).toEqual({ key: 'invalidPostalCode' });
      const formText = translate(lang, 'personPrivacy.edit.errors.invalidPostalCode');
      expect(formText).toContain('00100');
      const restore = formatDataFileIssue(
        { code: 'invalidPostalCode', table: 'people', row: 4, field: 'postalCode' },
        lang,
      );
      expect(restore).toContain(translate(lang, 'dataFileFields.people.postalCode'));
      expect(restore).toContain('00100');
    },
  );
});

describe('member import', () => {
  const options: MemberImportOptions = {
    today: '2026-11-22',
    hasHeader: true,
    now: '2026-11-22T10:00:00.000Z',
    newId: () => crypto.randomUUID(),
  };
  const rows = [
    ['Nimi', 'Kotikunta', 'Postinumero'],
    ['Maija Mäki', 'Helsinki', '100'],
    ['Pekka Puu', 'Tampere', '331000'],
  ];
  const preview = prepareMemberImport(
    rows,
    { fullName: 0, homeMunicipality: 1, postalCode: 2 },
    emptyDataset(),
    options,
  );

  it('puts back the zeros Excel dropped and names a wrong code by row', () => {
    expect(preview.rows[0]!.person?.postalCode).toBe('00100');
    expect(preview.errors).toEqual([
      expect.objectContaining({ row: 3, field: 'postalCode', code: 'invalidPostalCode' }),
    ]);
  });
});
