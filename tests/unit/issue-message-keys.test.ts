import { describe, expect, it } from 'vitest';
import {
  grantBudgetLineSchema,
  impactNoteSchema,
  issueMessageKeys,
  personSchema,
} from '../../src/core/schemas';
import {
  checkActivity,
  toFormValues as activityFormValues,
} from '../../src/renderer/src/features/activities/activityFormModel';
import {
  checkBudgetLine,
  readAmounts,
} from '../../src/renderer/src/features/grants/grantFormModel';
import {
  checkPerson,
  draftPerson,
  fieldErrors as personFieldErrors,
  newPersonFormValues,
} from '../../src/renderer/src/features/person/personFormModel';

const stamp = '2026-01-01T00:00:00.000Z';
const base = { id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp, deletedAt: null };

describe('issueMessageKeys', () => {
  const noteRule = {
    fields: ['date', 'type', 'text', 'source', 'mediaOutlet'] as const,
    known: ['invalidDate', 'required'],
    tooLong: 'tooLong',
    otherwise: 'required',
  };

  it('names each wrong field of a record once, by the schema’s own rules', () => {
    const result = impactNoteSchema.safeParse({
      ...base,
      date: '2026-02-30',
      type: 'rumour',
      text: '   ',
      source: 'anonymousParticipant',
      mediaOutlet: 'x'.repeat(201),
    });
    expect(result.success).toBe(false);
    const keys = issueMessageKeys(result.error!.issues, noteRule);
    expect(keys).toEqual({
      date: 'invalidDate',
      type: 'required',
      text: 'required',
      mediaOutlet: 'tooLong',
    });
  });

  it('leaves out what the form does not show and keeps the first issue of a field', () => {
    const result = impactNoteSchema.safeParse({ ...base, id: 'not-a-uuid', text: '' });
    const keys = issueMessageKeys(result.error!.issues, noteRule);
    expect(Object.keys(keys)).not.toContain('id');
    expect(keys.text).toBe('required');
  });

  it('takes another form’s words for the same issues', () => {
    const result = grantBudgetLineSchema.safeParse({
      ...base,
      grantId: crypto.randomUUID(),
      name: '',
      budgetCents: 1.5,
      position: 0,
    });
    const keys = issueMessageKeys(result.error!.issues, {
      known: ['required'],
      tooLong: 'invalid',
      otherwise: 'invalid',
    });
    expect(keys.name).toBe('required');
    expect(keys.budgetCents).toBe('invalid');
  });
});

describe('the forms read their record schema through issueMessages', () => {
  it('person form: schema messages, the consent fields by name, and the maximum of a long text', () => {
    const person = draftPerson(stamp);
    const values = {
      ...newPersonFormValues('2026-03-01'),
      fullName: '  ',
      homeMunicipality: 'x'.repeat(101),
      email: 'not-an-email',
      postalCode: '123',
      leftOn: '2026-02-01',
    };
    expect(checkPerson(person, values)).toEqual({
      fullName: { key: 'required' },
      homeMunicipality: { key: 'tooLong', max: 100 },
      email: { key: 'invalidEmail' },
      postalCode: { key: 'invalidPostalCode' },
      leftOn: { key: 'leftBeforeJoined' },
    });
    const consent = personSchema.safeParse({
      ...person,
      fullName: 'A',
      homeMunicipality: 'B',
      consents: { emailContact: 'yes', nameInPublicMaterials: false },
    });
    expect(personFieldErrors(consent.error!.issues)).toEqual({ emailContact: { key: 'invalid' } });
    expect(
      checkPerson(person, {
        ...values,
        fullName: 'A',
        homeMunicipality: 'B',
        email: '',
        postalCode: '',
        leftOn: '',
      }),
    ).toEqual({});
  });

  it('activity form: required name, a bad date, an end before the start, a long field', () => {
    expect(
      checkActivity(base, {
        ...activityFormValues(),
        name: '',
        startedOn: '2026-05-01',
        endedOn: '2026-04-01',
        targetGroup: 'x'.repeat(301),
      }),
    ).toEqual({
      name: { key: 'required' },
      endedOn: { key: 'endBeforeStart' },
      targetGroup: { key: 'tooLong', max: 300 },
    });
    expect(
      checkActivity(base, { ...activityFormValues(), name: 'Kerho', startedOn: '2026-02-30' }),
    ).toEqual({
      startedOn: { key: 'invalidDate' },
    });
    expect(checkActivity(base, { ...activityFormValues(), name: 'Kerho' })).toEqual({});
  });

  it('budget line form: the name by the schema, the amounts by what to type', () => {
    const read = readAmounts(
      { budgetCents: 'lots' },
      ['budgetCents', 'ownFundingCents'],
      ['budgetCents'],
    );
    expect(checkBudgetLine({ name: ' ', budgetCents: 'lots' }, read.cents, read.errors)).toEqual({
      name: 'required',
      budgetCents: 'amount',
    });
    const long = readAmounts(
      { budgetCents: '100' },
      ['budgetCents', 'ownFundingCents'],
      ['budgetCents'],
    );
    expect(
      checkBudgetLine({ name: 'x'.repeat(201), budgetCents: '100' }, long.cents, long.errors),
    ).toEqual({
      name: 'invalid',
    });
    const empty = readAmounts({}, ['budgetCents', 'ownFundingCents'], ['budgetCents']);
    expect(checkBudgetLine({ name: 'Palkat' }, empty.cents, empty.errors)).toEqual({
      budgetCents: 'required',
    });
    expect(
      checkBudgetLine({ name: 'Palkat', budgetCents: '100' }, long.cents, long.errors),
    ).toEqual({});
  });
});
