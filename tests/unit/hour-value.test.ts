import { describe, expect, it } from 'vitest';
import { hadActivity } from '../../src/core/figures';
import { hourValueOf, volunteerValueCents } from '../../src/core/hours';
import { DEFAULT_HOUR_VALUE_CENTS } from '../../src/core/schemas';

describe('the value of volunteer work', () => {
  it("is the profile's hour value, or the default constant", () => {
    expect(hourValueOf({ hourValueCents: 2250 })).toBe(2250);
    expect(hourValueOf({})).toBe(DEFAULT_HOUR_VALUE_CENTS);
    expect(hourValueOf(undefined)).toBe(DEFAULT_HOUR_VALUE_CENTS);
  });

  it.each([
    [60, 1500, 1500],
    [90, 1500, 2250],
    [1, 1500, 25],
    [1, 1000, 17], // 16.67 rounds up, once, for the total
    [0, 1500, 0],
  ])('%i min at %i c/h → %i c', (minutes, rate, cents) => {
    expect(volunteerValueCents(minutes, rate)).toBe(cents);
  });
});

describe('an activity that had activity', () => {
  it.each([
    [{ sessions: 0, volunteerMinutes: 0 }, false],
    [{ sessions: 1, volunteerMinutes: 0 }, true],
    [{ sessions: 0, volunteerMinutes: 5 }, true],
  ])('%j → %s', (f, had) => {
    expect(hadActivity(f)).toBe(had);
  });
});
