import { describe, expect, it } from 'vitest';
import { grantBudgetLineSchema, impactNoteSchema, issueMessageKeys } from '../../src/core/schemas';

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
