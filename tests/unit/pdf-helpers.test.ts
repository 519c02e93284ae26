import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../src/core/demo';
import {
  activityFiguresTable,
  labelled,
  letterheadContent,
  letterheadOf,
  section,
} from '../../src/core/pdf';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEUlEQVR4nGP4z8AAQTD6PwMAPtUF+6guL00AAAAASUVORK5CYII=';

describe('the one letterhead of every PDF', () => {
  const profile = generateDemoDataset({ seed: 1, today: '2026-11-22' }).profile[0]!;

  it('takes only what it prints from the profile', () => {
    expect(Object.keys(letterheadOf({ ...profile, logoDataUrl: PNG })).sort()).toEqual([
      'businessId',
      'homeMunicipality',
      'logoDataUrl',
      'name',
    ]);
  });

  it('prints a readable logo and leaves out one that cannot be read', () => {
    const withLogo = JSON.stringify(
      letterheadContent(letterheadOf({ ...profile, logoDataUrl: PNG }), 'fi'),
    );
    expect(withLogo).toContain('"image":"data:image/png');
    const broken = letterheadOf({ ...profile, logoDataUrl: 'data:image/png;base64,aGVsbG8=' });
    expect(JSON.stringify(letterheadContent(broken, 'fi'))).not.toContain('"image"');
    expect(JSON.stringify(letterheadContent(broken, 'sv'))).toContain(
      `FO-nummer ${profile.businessId}`,
    );
  });
});

describe('section and labelled', () => {
  it('keeps a heading with the first block after it, the rest free', () => {
    const [head, ...rest] = section('Otsikko', { text: 'a' }, { text: 'b' });
    expect(head).toEqual({
      unbreakable: true,
      stack: [{ text: 'Otsikko', style: 'h2' }, { text: 'a' }],
    });
    expect(rest).toEqual([{ text: 'b' }]);
  });

  it('leaves out rows without a value', () => {
    const table = labelled([
      ['Nimi', 'Anna'],
      ['Puhelin', undefined],
      ['Sähköposti', ''],
    ]) as { table: { body: unknown[][] } };
    expect(table.table.body).toHaveLength(1);
  });
});

describe('the activity-figures table', () => {
  it('has the same headers and formatted figures in every language', () => {
    const rows = [
      { activityId: 'a', name: 'Kahvila', sessions: 1200, participants: 3, volunteerMinutes: 90 },
    ];
    const en = JSON.stringify(activityFiguresTable(rows, 'en'));
    for (const text of ['Activity', 'Sessions', 'Participants', 'Hours', 'Kahvila', '1,200']) {
      expect(en).toContain(text);
    }
    expect(JSON.stringify(activityFiguresTable(rows, 'sv'))).toContain('Sammankomster');
  });
});
