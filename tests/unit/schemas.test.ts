import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  activitySchema,
  associationProfileSchema,
  attachmentSchema,
  DEFAULT_HOUR_VALUE_CENTS,
  funderSchema,
  grantBudgetLineSchema,
  grantChecklistItemSchema,
  grantExpenseSchema,
  grantPaymentSchema,
  grantSchema,
  grantStatusChangeSchema,
  hourEntrySchema,
  impactNoteSchema,
  isCalendarDate,
  membershipFeeSchema,
  personSchema,
  sessionSchema,
  tableNames,
  tableSchemas,
  type TableName,
} from '../../src/core/schemas';

const base = {
  id: '6f1c2b8e-4d3a-4b7e-9c21-0a5d8e7f6b41',
  createdAt: '2026-03-01T09:30:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
};
const personId = '1d6e0f52-3b7a-4c9e-8f10-2a4b6c8d0e13';
const activityId = '2e7f1a63-4c8b-4dae-9a21-3b5c7d9e1f24';
const funderId = '3f8a2b74-5d9c-4ebf-8b32-4c6d8e0f2a35';
const grantId = '4a9b3c85-6ead-4fc0-9c43-5d7e9f1a3b46';
const lineId = '5bac4d96-7fbe-4ad1-8d54-6e8fa02b4c57';

/** A realistic, valid record for every table. */
const valid = {
  profile: {
    ...base,
    name: 'Hämeenlinnan Seudun Omaishoitajat ry',
    businessId: '0112038-9',
    registerNumber: '123.456',
    homeMunicipality: 'Hämeenlinna',
    wellbeingCounty: 'Kanta-Hämeen hyvinvointialue',
    iban: 'fi21 1234 5600 0007 85',
    chairName: 'Äijä Öhman',
    treasurerName: 'Åsa Lindström',
    defaultLanguage: 'fi',
  },
  people: {
    ...base,
    fullName: 'Pirjo Mäkelä',
    homeMunicipality: 'Hattula',
    email: 'pirjo@example.fi',
    languages: ['fi', 'sv'],
    membership: 'regular',
    joinedOn: '2019-05-14',
    consents: { emailContact: true, nameInPublicMaterials: false },
  },
  fees: {
    ...base,
    personId,
    year: 2026,
    amountCents: 2000,
    reference: '12344',
    dueOn: '2026-03-31',
    paidOn: '2026-03-15',
  },
  activities: {
    ...base,
    name: 'Vertaistukiryhmä omaishoitajille',
    type: 'peerSupportGroup',
    themes: ['jaksaminen'],
    municipality: 'Hämeenlinna',
    partners: ['Hämeenlinnan seurakunta'],
    grantIds: [grantId],
    startedOn: '2026-01-01',
  },
  sessions: {
    ...base,
    activityId,
    date: '2026-02-10',
    durationMinutes: 90,
    participants: 12,
    newParticipants: 2,
    volunteers: 2,
    countMethod: 'counted',
  },
  hours: {
    ...base,
    personId,
    activityId,
    date: '2026-02-10',
    minutes: 150,
    kind: 'peerSupport',
    participantsReached: 12,
    note: 'Ryhmän vetäminen ja kahvit',
    grantId,
  },
  funders: { ...base, name: 'Hämeenlinnan kaupunki', type: 'municipality' },
  grants: {
    ...base,
    funderId,
    name: 'Yleisavustus 2026',
    status: 'granted',
    appliedCents: 500_000,
    grantedCents: 350_000,
    decisionNumber: 'HML/123/2026',
    decisionDate: '2026-01-20',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    interimReportDue: '2026-08-31',
    reportDue: '2027-03-31',
  },
  grantBudgetLines: {
    ...base,
    id: lineId,
    grantId,
    name: 'Tilavuokrat',
    budgetCents: 120_000,
    ownFundingCents: 20_000,
    position: 0,
  },
  grantExpenses: {
    ...base,
    id: '6cbd5ea7-80cf-4be2-9e65-7f90b13c5d68',
    grantId,
    budgetLineId: lineId,
    date: '2026-02-01',
    amountCents: 10_050,
    payee: 'Hämeenlinnan seurakuntayhtymä',
    note: 'Seurakuntatalon vuokra',
    receiptRef: 'K-2026-004',
  },
  grantPayments: { ...base, grantId, date: '2026-02-15', amountCents: 350_000, note: '1. erä' },
  grantChecklistItems: {
    ...base,
    grantId,
    label: 'Tilinpäätös',
    done: true,
    doneOn: '2026-03-20',
    position: 0,
  },
  grantStatusChanges: {
    ...base,
    grantId,
    status: 'granted',
    date: '2026-01-20',
    note: 'HML/123/2026',
  },
  attachments: {
    ...base,
    grantId,
    name: 'päätös.pdf',
    mimeType: 'application/pdf',
    dataBase64: 'JVBERi0xLjQK',
  },
  impactNotes: {
    ...base,
    date: '2026-02-10',
    type: 'quote',
    text: '”Täällä minua kuunnellaan.”',
    source: 'anonymousParticipant',
    consentToPublish: true,
    feedbackTally: [0, 1, 2, 5, 9],
  },
  officials: {
    ...base,
    personId,
    role: 'treasurer',
    termStart: '2026-01-01',
    termEnd: '2026-12-31',
    consentToPublishName: true,
    note: 'Valittu vuosikokouksessa',
  },
  feedbackForms: {
    ...base,
    activityId,
    perspective: 'participant',
    statements: [
      { id: '6cbd5ea7-80cf-4be2-9e65-7f90b13c5d68', key: 'gotSupport' },
      { id: '7dce6fb8-91d0-4cf3-8f76-80a1c24d6e79', text: 'Ryhmässä on hyvä olla' },
    ],
    openQuestion: 'Mitä haluaisit sanoa ryhmästä?',
  },
  feedbackTallies: {
    ...base,
    formId: '8edf70c9-a2e1-4d04-9087-91b2d35e7f8a',
    from: '2026-02-10',
    to: '2026-02-10',
    counts: [{ statementId: '6cbd5ea7-80cf-4be2-9e65-7f90b13c5d68', counts: [0, 1, 2, 5, 4] }],
    provenance: 'collected',
  },
  indicatorValues: {
    ...base,
    name: 'Palveluihin ohjatut',
    kind: 'count',
    activityId,
    from: '2026-01-01',
    to: '2026-06-30',
    value: 14,
    provenance: 'estimate',
  },
} satisfies Record<TableName, Record<string, unknown>>;

/** Issues as `path: message`, the form the data-file errors are built from. */
function problems(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('isCalendarDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2023-12-31', '2026-01-01', '1900-02-28'])(
    'accepts %s',
    (d) => {
      expect(isCalendarDate(d)).toBe(true);
    },
  );

  it.each([
    ['2023-02-29', 'not a leap year'],
    ['1900-02-29', 'century, not a leap year'],
    ['2024-02-30', 'February has 29 days'],
    ['2024-02-31', 'February has 29 days'],
    ['2024-04-31', 'April has 30 days'],
    ['2024-13-01', 'month 13'],
    ['2024-00-10', 'month 0'],
    ['2024-01-00', 'day 0'],
    ['2024-1-5', 'missing zero padding'],
    ['22.11.2026', 'Finnish display format'],
    ['2024-01-01T00:00:00Z', 'a timestamp'],
    ['', 'empty'],
  ])('rejects %j (%s)', (d) => {
    expect(isCalendarDate(d)).toBe(false);
  });
});

describe('every table schema', () => {
  it.each(tableNames)('%s accepts a realistic record', (table) => {
    expect(problems(tableSchemas[table], valid[table])).toEqual([]);
  });

  it.each(tableNames)('%s keeps unknown fields (a newer version’s data survives)', (table) => {
    const parsed = tableSchemas[table].parse({
      ...valid[table],
      addedInVersion7: { nested: ['kept', 'ä'] },
    }) as Record<string, unknown>;
    expect(parsed.addedInVersion7).toEqual({ nested: ['kept', 'ä'] });
  });

  it.each(tableNames)('%s rejects a non-UUID id and a non-ISO timestamp', (table) => {
    expect(problems(tableSchemas[table], { ...valid[table], id: '42' })).toEqual([
      expect.stringMatching(/^id: /),
    ]);
    expect(problems(tableSchemas[table], { ...valid[table], updatedAt: '2.3.2026' })).toEqual([
      expect.stringMatching(/^updatedAt: /),
    ]);
  });

  it.each(tableNames)('%s defaults deletedAt to null (not in the trash)', (table) => {
    const parsed = tableSchemas[table].parse(valid[table]) as { deletedAt: unknown };
    expect(parsed.deletedAt).toBeNull();
  });
});

describe('person', () => {
  it('needs full name and home municipality (Associations Act §11) and nothing else', () => {
    const { fullName: _n, homeMunicipality: _m, ...rest } = valid.people;
    const paths = personSchema.safeParse(rest).error?.issues.map((i) => i.path.join('.'));
    expect(paths?.sort()).toEqual(['fullName', 'homeMunicipality']);
    expect(
      problems(personSchema, { ...base, fullName: 'Åke Öst', homeMunicipality: 'Närpes' }),
    ).toEqual([]);
  });

  it('rejects a blank name: whitespace is trimmed away', () => {
    expect(problems(personSchema, { ...valid.people, fullName: '   ' })).toEqual([
      'fullName: required',
    ]);
    expect(personSchema.parse({ ...valid.people, fullName: '  Pirjo  ' }).fullName).toBe('Pirjo');
  });

  it('rejects leaving before joining, and accepts leaving the same day', () => {
    expect(problems(personSchema, { ...valid.people, leftOn: '2019-05-13' })).toEqual([
      'leftOn: leftBeforeJoined',
    ]);
    expect(problems(personSchema, { ...valid.people, leftOn: '2019-05-14' })).toEqual([]);
  });

  it('rejects an impossible joining date', () => {
    expect(problems(personSchema, { ...valid.people, joinedOn: '2024-02-31' })).toEqual([
      'joinedOn: invalidDate',
    ]);
  });

  it('accepts an empty email and rejects a malformed one', () => {
    expect(problems(personSchema, { ...valid.people, email: '' })).toEqual([]);
    expect(problems(personSchema, { ...valid.people, email: 'pirjo@' })).toEqual([
      'email: invalidEmail',
    ]);
  });

  it('fills defaults: no membership, no languages, no consents', () => {
    const p = personSchema.parse({ ...base, fullName: 'A', homeMunicipality: 'B' });
    expect(p.membership).toBe('none');
    expect(p.languages).toEqual([]);
    expect(p.consents).toEqual({ emailContact: false, nameInPublicMaterials: false });
  });

  it('keeps unknown consents too (they are part of the record)', () => {
    const p = personSchema.parse({
      ...valid.people,
      consents: { emailContact: true, nameInPublicMaterials: false, photos: true },
    });
    expect(p.consents).toEqual({ emailContact: true, nameInPublicMaterials: false, photos: true });
  });
});

describe('hour entry', () => {
  it.each([
    [-30, 'negative'],
    [0, 'zero'],
    [24 * 60 + 1, 'more than a day'],
    [90.5, 'not whole minutes'],
  ])('rejects %d minutes (%s)', (m) => {
    const issues = problems(hourEntrySchema, { ...valid.hours, minutes: m });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.startsWith('minutes: '))).toBe(true);
  });

  it('says why: zero is mustBePositive, over a day is tooLong', () => {
    expect(problems(hourEntrySchema, { ...valid.hours, minutes: 0 })).toEqual([
      'minutes: mustBePositive',
    ]);
    expect(problems(hourEntrySchema, { ...valid.hours, minutes: 1441 })).toEqual([
      'minutes: tooLong',
    ]);
  });

  it('accepts one minute and exactly 24 hours', () => {
    expect(problems(hourEntrySchema, { ...valid.hours, minutes: 1 })).toEqual([]);
    expect(problems(hourEntrySchema, { ...valid.hours, minutes: 1440 })).toEqual([]);
  });

  it('rejects an unknown kind and a missing person', () => {
    expect(problems(hourEntrySchema, { ...valid.hours, kind: 'sleeping' })).toHaveLength(1);
    const { personId: _p, ...noPerson } = valid.hours;
    expect(problems(hourEntrySchema, noPerson)).toEqual([expect.stringMatching(/^personId: /)]);
  });

  it('is not approved until someone approves it', () => {
    expect(hourEntrySchema.parse(valid.hours).approved).toBe(false);
  });
});

describe('session', () => {
  it('rejects more new participants than participants', () => {
    expect(problems(sessionSchema, { ...valid.sessions, newParticipants: 13 })).toEqual([
      'newParticipants: newExceedsParticipants',
    ]);
    expect(problems(sessionSchema, { ...valid.sessions, newParticipants: 12 })).toEqual([]);
  });

  it('rejects negative or fractional counts', () => {
    expect(problems(sessionSchema, { ...valid.sessions, participants: -1 })).not.toEqual([]);
    expect(problems(sessionSchema, { ...valid.sessions, participants: 2.5 })).not.toEqual([]);
  });

  it('defaults to counted with no new participants', () => {
    const { newParticipants: _n, countMethod: _c, ...rest } = valid.sessions;
    const s = sessionSchema.parse(rest);
    expect(s.newParticipants).toBe(0);
    expect(s.countMethod).toBe('counted');
  });
});

describe('grant', () => {
  it('rejects money that is not whole cents', () => {
    expect(problems(grantSchema, { ...valid.grants, grantedCents: 3500.5 })).toEqual([
      expect.stringMatching(/^grantedCents: /),
    ]);
    const expense = { ...valid.grantExpenses, amountCents: 100.5 };
    expect(problems(grantExpenseSchema, expense)).toEqual([
      expect.stringMatching(/^amountCents: /),
    ]);
    const line = { ...valid.grantBudgetLines, budgetCents: 0.1 };
    expect(problems(grantBudgetLineSchema, line)).toEqual([
      expect.stringMatching(/^budgetCents: /),
    ]);
  });

  it('rejects negative granted money, a budget line and a payment below zero', () => {
    expect(problems(grantSchema, { ...valid.grants, grantedCents: -1 })).not.toEqual([]);
    expect(
      problems(grantBudgetLineSchema, { ...valid.grantBudgetLines, budgetCents: -100 }),
    ).not.toEqual([]);
    expect(
      problems(grantBudgetLineSchema, { ...valid.grantBudgetLines, ownFundingCents: -1 }),
    ).not.toEqual([]);
    expect(problems(grantPaymentSchema, { ...valid.grantPayments, amountCents: -1 })).not.toEqual(
      [],
    );
  });

  it('allows a negative expense (a refund) as long as it is whole cents', () => {
    expect(problems(grantExpenseSchema, { ...valid.grantExpenses, amountCents: -500 })).toEqual([]);
  });

  it('rejects a period that ends before it starts', () => {
    expect(problems(grantSchema, { ...valid.grants, periodEnd: '2025-12-31' })).toEqual([
      'periodEnd: endBeforeStart',
    ]);
  });

  it('a status change needs a known status and a real date; a checklist item a label', () => {
    expect(
      problems(grantStatusChangeSchema, { ...valid.grantStatusChanges, status: 'won' }),
    ).toEqual([expect.stringMatching(/^status: /)]);
    expect(
      problems(grantStatusChangeSchema, { ...valid.grantStatusChanges, date: '2026-02-30' }),
    ).toEqual(['date: invalidDate']);
    expect(
      problems(grantChecklistItemSchema, { ...valid.grantChecklistItems, label: ' ' }),
    ).toEqual(['label: required']);
  });

  it('a funder may be a parish, has a checklist (default empty) and contact details', () => {
    const f = funderSchema.parse({ ...valid.funders, type: 'parish' });
    expect(f.defaultChecklist).toEqual([]);
    expect(problems(funderSchema, { ...valid.funders, email: 'no' })).toEqual([
      'email: invalidEmail',
    ]);
    expect(
      problems(funderSchema, {
        ...valid.funders,
        contactPerson: 'Leena Salo',
        email: 'avustukset@example.fi',
        phone: '040 123 4567',
        defaultChecklist: ['Tilinpäätös'],
      }),
    ).toEqual([]);
  });

  it('an attachment may say its kind, size and when it was added', () => {
    expect(
      problems(attachmentSchema, {
        ...valid.attachments,
        kind: 'decision',
        size: 9,
        addedAt: '2026-01-20T10:00:00.000Z',
      }),
    ).toEqual([]);
    expect(problems(attachmentSchema, { ...valid.attachments, kind: 'photo' })).not.toEqual([]);
  });
});

describe('other entities', () => {
  it('activity rejects an end before its start', () => {
    expect(problems(activitySchema, { ...valid.activities, endedOn: '2025-06-01' })).toEqual([
      'endedOn: endBeforeStart',
    ]);
  });

  it('membership fee validates the Finnish reference number', () => {
    expect(problems(membershipFeeSchema, { ...valid.fees, reference: '12345' })).toEqual([
      'reference: invalidReference',
    ]);
    expect(problems(membershipFeeSchema, { ...valid.fees, amountCents: 20.5 })).not.toEqual([]);
  });

  it('profile validates business ID and IBAN, allows them empty, defaults 15 €/h', () => {
    expect(
      problems(associationProfileSchema, { ...valid.profile, businessId: '0112038-8' }),
    ).toEqual(['businessId: invalidBusinessId']);
    expect(problems(associationProfileSchema, { ...valid.profile, iban: 'FI21 1234' })).toEqual([
      'iban: invalidIban',
    ]);
    const p = associationProfileSchema.parse({ ...valid.profile, businessId: '', iban: '' });
    expect(p.hourValueCents).toBe(DEFAULT_HOUR_VALUE_CENTS);
    expect(p.hourValueCents).toBe(1500);
    expect(p.fiscalYearStartMonth).toBe(1);
  });

  it('funder needs a known type', () => {
    expect(problems(funderSchema, { ...valid.funders, type: 'bank' })).toHaveLength(1);
  });

  it('attachment rejects data that is not base64', () => {
    expect(problems(attachmentSchema, { ...valid.attachments, dataBase64: 'ei base64!' })).toEqual([
      'dataBase64: invalidBase64',
    ]);
  });

  it('impact note needs text and exactly five feedback tallies', () => {
    expect(problems(impactNoteSchema, { ...valid.impactNotes, text: ' ' })).toEqual([
      'text: required',
    ]);
    expect(
      problems(impactNoteSchema, { ...valid.impactNotes, feedbackTally: [1, 2, 3] }),
    ).not.toEqual([]);
  });
});
