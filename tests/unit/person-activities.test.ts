import { describe, expect, it } from 'vitest';
import { personActivityTotals } from '../../src/core/figures';
import { emptyDataset, type Activity, type HourEntry } from '../../src/core/schemas';

const base = {
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  deletedAt: null,
};
const anna = '00000000-0000-4000-8000-000000000001';
const ben = '00000000-0000-4000-8000-000000000002';
const group = '00000000-0000-4000-8000-0000000000a1';
const board = '00000000-0000-4000-8000-0000000000a2';
const training = '00000000-0000-4000-8000-0000000000a3';
const gone = '00000000-0000-4000-8000-0000000000a4';

function activity(id: string, name: string, p: Partial<Activity> = {}): Activity {
  return {
    ...base,
    id,
    name,
    type: 'other',
    themes: [],
    partners: [],
    grantIds: [],
    ...p,
  } as Activity;
}

let n = 0;
function entry(p: Partial<HourEntry> & Pick<HourEntry, 'date' | 'minutes'>): HourEntry {
  n += 1;
  return {
    ...base,
    approved: false,
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    personId: anna,
    kind: 'peerSupport',
    ...p,
  } as HourEntry;
}

function dataset() {
  const data = emptyDataset();
  data.activities.push(
    activity(group, 'Vertaisryhmä', { type: 'peerSupportGroup' }),
    activity(board, 'Hallitus', { type: 'boardWork' }),
    activity(training, 'Koulutus', { type: 'training' }),
    activity(gone, 'Lopetettu kerho', { deletedAt: '2026-02-01T00:00:00.000Z' }),
  );
  data.hours.push(
    // Vertaisryhmä: three entries, out of date order.
    entry({ date: '2026-02-10', minutes: 90, activityId: group }),
    entry({ date: '2025-11-03', minutes: 45, activityId: group }),
    entry({ date: '2026-01-15', minutes: 61, activityId: group }),
    // Hallitus: one entry, the newest of all.
    entry({ date: '2026-03-01', minutes: 120, activityId: board, kind: 'board' }),
    // Koulutus: only Ben's hours and Anna's deleted ones.
    entry({ date: '2026-03-05', minutes: 60, activityId: training, personId: ben }),
    entry({
      date: '2026-03-06',
      minutes: 30,
      activityId: training,
      deletedAt: '2026-03-07T00:00:00.000Z',
    }),
    // A deleted entry of a counted activity does not move its dates or sums.
    entry({
      date: '2026-04-01',
      minutes: 500,
      activityId: group,
      deletedAt: '2026-04-02T00:00:00.000Z',
    }),
    // An activity in the trash still has Anna's live hours.
    entry({ date: '2025-06-01', minutes: 30, activityId: gone }),
    // Hours without an activity, or with an unknown one, are not an activity.
    entry({ date: '2026-05-01', minutes: 15 }),
    entry({
      date: '2026-05-02',
      minutes: 15,
      activityId: '00000000-0000-4000-8000-0000000000ff',
    }),
  );
  return data;
}

describe('personActivityTotals', () => {
  it('sums minutes and entries per activity with first and last date', () => {
    const rows = personActivityTotals(dataset(), anna);
    expect(rows).toEqual([
      {
        activityId: board,
        name: 'Hallitus',
        entries: 1,
        totalMinutes: 120,
        firstDate: '2026-03-01',
        lastDate: '2026-03-01',
      },
      {
        activityId: group,
        name: 'Vertaisryhmä',
        entries: 3,
        totalMinutes: 196,
        firstDate: '2025-11-03',
        lastDate: '2026-02-10',
      },
      {
        activityId: gone,
        name: 'Lopetettu kerho',
        entries: 1,
        totalMinutes: 30,
        firstDate: '2025-06-01',
        lastDate: '2025-06-01',
      },
    ]);
  });

  it('ignores deleted hours and other people’s hours', () => {
    const ids = personActivityTotals(dataset(), anna).map((r) => r.activityId);
    expect(ids).not.toContain(training);
    expect(personActivityTotals(dataset(), ben)).toEqual([
      {
        activityId: training,
        name: 'Koulutus',
        entries: 1,
        totalMinutes: 60,
        firstDate: '2026-03-05',
        lastDate: '2026-03-05',
      },
    ]);
  });

  it('sorts by last date, newest first, and by name on the same day', () => {
    const data = dataset();
    data.hours.push(entry({ date: '2026-03-01', minutes: 10, activityId: group }));
    const rows = personActivityTotals(data, anna);
    expect(rows.map((r) => [r.name, r.lastDate])).toEqual([
      ['Hallitus', '2026-03-01'],
      ['Vertaisryhmä', '2026-03-01'],
      ['Lopetettu kerho', '2025-06-01'],
    ]);
    expect(rows[1]!.totalMinutes).toBe(206);
  });

  it('is empty for a person without hours', () => {
    expect(personActivityTotals(dataset(), '00000000-0000-4000-8000-000000000099')).toEqual([]);
  });
});
