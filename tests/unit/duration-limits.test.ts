import { describe, expect, it } from 'vitest';
import { checkDuration } from '../../src/core/hours';
import { hourEntrySchema, sessionSchema } from '../../src/core/schemas';

// The form's check is the schema's rule: what it accepts saves, what it refuses would not.
describe('duration limits', () => {
  const minutesOk = (schema: typeof hourEntrySchema.shape.minutes, m: number) =>
    schema.safeParse(m).success;
  it.each([0, 1, 59, 720, 1439, 1440, 1441, 3000])('%i minutes: form and schemas agree', (m) => {
    const typed = `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
    const form = 'minutes' in checkDuration(typed);
    expect(minutesOk(hourEntrySchema.shape.minutes, m)).toBe(form);
    expect(minutesOk(sessionSchema.shape.durationMinutes, m)).toBe(form);
  });
});
