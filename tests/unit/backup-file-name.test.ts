import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../src/core/dataFile';

describe('the backup saved before a restore is named in the user’s language', () => {
  // The association's (Helsinki) clock: the name says when the user made it.
  const now = new Date('2026-12-01T14:30:59+02:00');

  it('with the local date and time to the minute', () => {
    expect(backupFileName('fi', now)).toBe('Talkoot-varmuuskopio-2026-12-01-1430.json');
    expect(backupFileName('sv', now)).toBe('Talkoot-säkerhetskopia-2026-12-01-1430.json');
    expect(backupFileName('en', now)).toBe('Talkoot-backup-2026-12-01-1430.json');
  });

  it('pads early hours so names sort in time order', () => {
    expect(backupFileName('fi', new Date('2026-01-02T07:05:00+02:00'))).toBe(
      'Talkoot-varmuuskopio-2026-01-02-0705.json',
    );
  });
});
