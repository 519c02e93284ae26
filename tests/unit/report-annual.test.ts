import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/cli/renderPdf';
import { generateDemoDataset } from '../../src/core/demo';
import { periodFigures, type Period } from '../../src/core/figures';
import { formatInteger, formatMinutes, formatMoney } from '../../src/core/format';
import { ReportError } from '../../src/core/reports/ReportError';
import {
  annualReportDocument,
  annualReportModel,
  fiscalYearLabel,
  fiscalYearPeriod,
  type AnnualReportOptions,
} from '../../src/core/reports';
import {
  emptyDataset,
  hourKinds,
  type Dataset,
  type Grant,
  type HourKind,
  type ImpactNote,
  type Person,
} from '../../src/core/schemas';
import { pdfFontsOf, pdfInfo, pdfText } from './support/pdfText';

const today = '2026-11-22';
const data = generateDemoDataset({ seed: 1, today });
const profile = data.profile[0]!;
const year2025: Period = { from: '2025-01-01', to: '2025-12-31' };
const options: AnnualReportOptions = { year: 2025, printedOn: today };
const memberTypes = ['regular', 'supporting', 'honorary', 'family', 'youth'] as const;

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof ReportError ? e.code : String(e);
  }
  return 'no error';
};

const within = (date: string | undefined, p: Period) => !!date && date >= p.from && date <= p.to;

/** The next calendar day by plain string arithmetic, no Date. */
function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  if (d < days) return `${y}-${String(m).padStart(2, '0')}-${String(d + 1).padStart(2, '0')}`;
  if (m < 12) return `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return `${y + 1}-01-01`;
}

/** Membership counts by plain loops: the start is the members on the eve of the year. */
function expectedMembership(d: Dataset, p: Period, type?: Person['membership']) {
  const counts = { start: 0, joined: 0, left: 0, end: 0 };
  for (const person of d.people) {
    if (person.deletedAt || person.membership === 'none') continue;
    if (type && person.membership !== type) continue;
    const memberOn = (day: string) =>
      (!person.joinedOn || person.joinedOn <= day) && (!person.leftOn || person.leftOn > day);
    // The eve of the year: the member joined before the first day and had not left by then.
    if (
      (!person.joinedOn || person.joinedOn < p.from) &&
      (!person.leftOn || person.leftOn >= p.from)
    )
      counts.start += 1;
    if (within(person.joinedOn, p)) counts.joined += 1;
    if (within(person.leftOn, p)) counts.left += 1;
    if (memberOn(p.to)) counts.end += 1;
  }
  return counts;
}

/** The board of a period by plain loops over the officials: names with consent, the rest counted. */
function expectedBoard(d: Dataset, p: Period) {
  const named: string[] = [];
  const hidden = new Set<string>();
  for (const o of d.officials) {
    if (o.deletedAt || o.role !== 'boardMember') continue;
    if (o.termStart > p.to || (o.termEnd && o.termEnd < p.from)) continue;
    const person = d.people.find((x) => x.id === o.personId);
    if (o.consentToPublishName && person && !person.anonymisedAt && !person.deletedAt) {
      named.push(person.fullName);
    } else hidden.add(o.personId ?? o.name!);
  }
  return { named: named.sort((a, b) => a.localeCompare(b, 'fi')), others: hidden.size };
}

/** Activities, months × kinds and totals by plain loops. */
function expectedHours(d: Dataset, p: Period) {
  const activities = new Map<
    string,
    { name: string; sessions: number; participants: number; volunteerMinutes: number }
  >();
  for (const a of d.activities) {
    if (!a.deletedAt)
      activities.set(a.id, { name: a.name, sessions: 0, participants: 0, volunteerMinutes: 0 });
  }
  for (const s of d.sessions) {
    const row = activities.get(s.activityId);
    if (!row || s.deletedAt || !within(s.date, p)) continue;
    row.sessions += 1;
    row.participants += s.participants;
  }
  const months: Record<string, Record<string, number>> = {};
  const byKind: Record<string, number> = {};
  let total = 0;
  const people = new Set<string>();
  for (const h of d.hours) {
    if (h.deletedAt || !within(h.date, p)) continue;
    const month = h.date.slice(0, 7);
    months[month] ??= {};
    months[month][h.kind] = (months[month][h.kind] ?? 0) + h.minutes;
    byKind[h.kind] = (byKind[h.kind] ?? 0) + h.minutes;
    total += h.minutes;
    people.add(h.personId);
    const row = h.activityId ? activities.get(h.activityId) : undefined;
    if (row) row.volunteerMinutes += h.minutes;
  }
  return {
    activities: [...activities.values()]
      .filter((a) => a.sessions > 0 || a.volunteerMinutes > 0)
      .sort((a, b) => a.name.localeCompare(b.name, 'fi')),
    months,
    byKind,
    total,
    volunteers: people.size,
  };
}

const receivedStatuses = ['granted', 'partlyGranted', 'reported', 'closed'];

/** Grants received in or used during the period, by plain loops. */
function expectedGrants(d: Dataset, p: Period) {
  const rows: { name: string; grantedCents: number; spentCents: number }[] = [];
  for (const g of d.grants) {
    if (g.deletedAt || !receivedStatuses.includes(g.status)) continue;
    const decided = within(g.decisionDate, p);
    const overlaps =
      !!g.periodStart && !!g.periodEnd && g.periodStart <= p.to && g.periodEnd >= p.from;
    if (!decided && !overlaps) continue;
    // Spent in the fiscal year and within the grant's own period of use (the one
    // rule of what a grant spent; demo grants all have both ends recorded).
    const own = { from: g.periodStart ?? p.from, to: g.periodEnd ?? p.to };
    let spent = 0;
    for (const e of d.grantExpenses) {
      if (e.grantId === g.id && !e.deletedAt && within(e.date, p) && within(e.date, own))
        spent += e.amountCents;
    }
    rows.push({ name: g.name, grantedCents: g.grantedCents ?? 0, spentCents: spent });
  }
  let granted = 0;
  let spent = 0;
  for (const r of rows) {
    granted += r.grantedCents;
    spent += r.spentCents;
  }
  return { rows, granted, spent };
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe('fiscal year', () => {
  it('is the calendar year when it starts in January', () => {
    expect(fiscalYearPeriod(2025, 1)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(fiscalYearPeriod(2024, 1)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });

  it('otherwise starts in the given year and ends the day before a year later', () => {
    expect(fiscalYearPeriod(2025, 7)).toEqual({ from: '2025-07-01', to: '2026-06-30' });
    expect(fiscalYearPeriod(2025, 12)).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    expect(fiscalYearPeriod(2025, 2)).toEqual({ from: '2025-02-01', to: '2026-01-31' });
    expect(fiscalYearPeriod(2025, 5)).toEqual({ from: '2025-05-01', to: '2026-04-30' });
    // The February of a leap year, and of a year after one.
    expect(fiscalYearPeriod(2023, 3)).toEqual({ from: '2023-03-01', to: '2024-02-29' });
    expect(fiscalYearPeriod(2024, 3)).toEqual({ from: '2024-03-01', to: '2025-02-28' });
    expect(fiscalYearPeriod(2099, 3)).toEqual({ from: '2099-03-01', to: '2100-02-28' });
  });

  it('tiles the calendar: each year ends the day before the next one starts', () => {
    for (let month = 1; month <= 12; month++) {
      for (let year = 2022; year <= 2030; year++) {
        const p = fiscalYearPeriod(year, month);
        expect(p.from).toBe(`${year}-${String(month).padStart(2, '0')}-01`);
        expect(nextDay(p.to), `${year}/${month}`).toBe(fiscalYearPeriod(year + 1, month).from);
      }
    }
  });

  it('refuses a month or year that is not one', () => {
    for (const [y, m] of [
      [2025, 0],
      [2025, 13],
      [2025, 1.5],
      [Number.NaN, 1],
      [2025.5, 1],
    ] as const) {
      expect(code(() => fiscalYearPeriod(y, m))).toBe('badPeriod');
    }
  });

  it('is labelled by its year, or both years when it crosses a new year', () => {
    expect(fiscalYearLabel(fiscalYearPeriod(2025, 1))).toBe('2025');
    expect(fiscalYearLabel(fiscalYearPeriod(2025, 7))).toBe('2025–2026');
  });
});

describe('annual summary model', () => {
  it('counts members at the start and end, joined and left, by type, computed independently', () => {
    const model = annualReportModel(data, options);
    expect(model.period).toEqual(year2025);
    expect(model.year).toBe(2025);
    expect(model.membership.total).toEqual(expectedMembership(data, year2025));
    expect(model.membership.byType.map((r) => r.type)).toEqual(memberTypes);
    for (const row of model.membership.byType) {
      expect(row, row.type).toEqual({
        type: row.type,
        ...expectedMembership(data, year2025, row.type),
      });
    }
    const t = model.membership.total;
    // The demo year has movement both ways, so the checks above are not all zeros.
    expect(t.joined).toBeGreaterThan(0);
    expect(t.left).toBeGreaterThan(0);
    expect(t.start + t.joined - t.left).toBe(t.end);
    // The types add up to the total, and the total agrees with periodFigures.
    for (const k of ['start', 'joined', 'left', 'end'] as const) {
      expect(model.membership.byType.reduce((s, r) => s + r[k], 0)).toBe(t[k]);
    }
    const f = periodFigures(data, year2025);
    expect({ joined: t.joined, left: t.left, end: t.end }).toEqual({
      joined: f.joined,
      left: f.left,
      end: f.membersAtEnd,
    });
  });

  it('follows the fiscal year start month and leaves out people in the trash', () => {
    const d = structuredClone(data);
    d.profile[0]!.fiscalYearStartMonth = 7;
    const p = { from: '2025-07-01', to: '2026-06-30' };
    const model = annualReportModel(d, options);
    expect(model.period).toEqual(p);
    expect(model.membership.total).toEqual(expectedMembership(d, p));
    const longMember = d.people.find(
      (x) => x.membership === 'regular' && x.joinedOn! < '2020-01-01' && !x.leftOn,
    )!;
    longMember.deletedAt = '2026-01-01T00:00:00.000Z';
    const after = annualReportModel(d, options);
    expect(after.membership.total.start).toBe(model.membership.total.start - 1);
    expect(after.membership.total.end).toBe(model.membership.total.end - 1);
    expect(after.membership.byType[0]!.start).toBe(model.membership.byType[0]!.start - 1);
  });

  it('counts members on the boundary days the same way as the independent loops', () => {
    const d = structuredClone(data);
    const base = annualReportModel(d, options).membership.byType.find((r) => r.type === 'family')!;
    const person = (joinedOn: string | undefined, leftOn: string | undefined): Person => ({
      ...structuredClone(d.people[3]!),
      id: crypto.randomUUID(),
      membership: 'family',
      joinedOn,
      leftOn,
    });
    d.people.push(
      person('2025-01-01', undefined), // joined on the first day: not a member at the start
      person('2025-01-01', undefined),
      person('2024-12-31', undefined), // joined on the eve: a member at the start
      person('2010-05-01', '2025-01-01'), // left on the first day: at the start, and left
      person('2010-05-01', '2025-12-31'), // left on the last day: left, not at the end
      person('2025-03-01', '2025-03-01'), // joined and left the same day
    );
    const row = annualReportModel(d, options).membership.byType.find((r) => r.type === 'family')!;
    expect(row).toEqual({ type: 'family', ...expectedMembership(d, year2025, 'family') });
    expect(row).toEqual({
      type: 'family',
      start: base.start + 3,
      joined: base.joined + 3,
      left: base.left + 3,
      end: base.end + 3,
    });
  });

  it('prints the board from the officials records: names with consent, the others counted', () => {
    const model = annualReportModel(data, options);
    const e = expectedBoard(data, year2025);
    const members = model.board.roles.find((r) => r.role === 'boardMember')!;
    expect(members).toEqual({ role: 'boardMember', names: e.named, others: e.others });
    // The past term (ended 2025-12-31) overlaps 2025: five board members in all.
    expect(e.named.length + e.others).toBe(5);
    expect(model.board.fromProfile).toBe(false);
    expect(model.board.roles.map((r) => r.role)).toEqual([
      'chair',
      'treasurer',
      'secretary',
      'boardMember',
      'deputy',
      'auditor',
    ]);
    expect(model.board.roles[0]).toEqual({ role: 'chair', names: [profile.chairName], others: 0 });
    // Signed by the chair and the secretary in office on the printing day.
    expect(model.signers.map((s) => s.role)).toEqual(['chair', 'secretary']);
    expect(model.signers[0]!.name).toBe(profile.chairName);
    expect(model.place).toBe(profile.homeMunicipality);
  });

  it('no longer guesses the board from who logged board-work hours', () => {
    const d = structuredClone(data);
    d.officials = [];
    const model = annualReportModel(d, options);
    // Without officials, only the profile's chair and treasurer: nobody else from the hours.
    expect(model.board).toEqual({
      roles: [
        { role: 'chair', names: [profile.chairName], others: 0 },
        { role: 'treasurer', names: [profile.treasurerName], others: 0 },
      ],
      fromProfile: true,
    });
    expect(model.signers).toEqual([
      { role: 'chair', name: profile.chairName },
      { role: 'treasurer', name: profile.treasurerName },
    ]);
  });

  it('never prints an official’s name without consent; with consent it does', async () => {
    const subject = data.officials.find((o) => o.role === 'boardMember' && !o.termEnd)!;
    const person = data.people.find((p) => p.id === subject.personId)!;

    const without = structuredClone(data);
    without.officials.find((o) => o.id === subject.id)!.consentToPublishName = false;
    const hidden = annualReportModel(without, options);
    expect(JSON.stringify(hidden)).not.toContain(person.fullName);
    const hiddenRow = hidden.board.roles.find((r) => r.role === 'boardMember')!;
    expect(hiddenRow.others).toBe(expectedBoard(without, year2025).others);
    for (const lang of ['fi', 'en'] as const) {
      const text = pdfText(await renderPdf(annualReportDocument(hidden, lang)));
      expect(text).not.toContain(person.fullName);
      expect(text).toContain(profile.chairName!);
    }

    const withConsent = structuredClone(data);
    withConsent.officials.find((o) => o.id === subject.id)!.consentToPublishName = true;
    const shown = annualReportModel(withConsent, options);
    const shownRow = shown.board.roles.find((r) => r.role === 'boardMember')!;
    expect(shownRow.names).toContain(person.fullName);
    const text = pdfText(await renderPdf(annualReportDocument(shown, 'fi')));
    expect(text).toContain(person.fullName);

    // An anonymised person is counted but never named, whatever the consent.
    const gone = structuredClone(withConsent);
    gone.people.find((p) => p.id === person.id)!.anonymisedAt = '2026-01-01T00:00:00.000Z';
    const anonymised = annualReportModel(gone, options);
    const goneRow = anonymised.board.roles.find((r) => r.role === 'boardMember')!;
    expect(goneRow.names).not.toContain(person.fullName);
    expect(goneRow.names.length + goneRow.others).toBe(shownRow.names.length + shownRow.others);
  });

  it('says how many held a role when none may be named', async () => {
    const d = structuredClone(data);
    for (const o of d.officials) o.consentToPublishName = false;
    const model = annualReportModel(d, options);
    const row = model.board.roles.find((r) => r.role === 'boardMember')!;
    expect(row).toEqual({ role: 'boardMember', names: [], others: 5 });
    expect(model.signers.every((s) => s.name === undefined)).toBe(true);
    const text = pdfText(await renderPdf(annualReportDocument(model, 'fi')));
    expect(text).toMatch(/Hallituksen jäsenet\s+5 henkilöä/);
    expect(text).toMatch(/Puheenjohtaja\s+1 henkilö/);
    expect(text).not.toContain(profile.chairName!);
  });

  it('counts a person once in a role held in two terms of the year', () => {
    const d = structuredClone(data);
    const first = d.officials.find((o) => o.role === 'deputy')!;
    first.termEnd = '2025-06-30';
    d.officials.push({
      ...first,
      id: crypto.randomUUID(),
      termStart: '2025-07-01',
      termEnd: undefined,
    });
    const row = annualReportModel(d, options).board.roles.find((r) => r.role === 'deputy')!;
    expect(row.names.length + row.others).toBe(1);
  });

  it('leaves out terms that do not overlap the year and officials in the trash', () => {
    const d = structuredClone(data);
    const chair = d.officials.find((o) => o.role === 'chair')!;
    chair.termStart = '2026-01-01';
    d.officials.find((o) => o.role === 'auditor')!.deletedAt = '2026-02-01T00:00:00.000Z';
    const roles = annualReportModel(d, options).board.roles.map((r) => r.role);
    expect(roles).not.toContain('chair');
    expect(roles).not.toContain('auditor');
  });

  it('takes activities, hours by month and kind, and their totals, computed independently', () => {
    const model = annualReportModel(data, options);
    const e = expectedHours(data, year2025);
    expect(
      model.activities.map(({ name, sessions, participants, volunteerMinutes }) => ({
        name,
        sessions,
        participants,
        volunteerMinutes,
      })),
    ).toEqual(e.activities);
    expect(model.activities.length).toBeGreaterThan(3);

    const w = model.volunteerWork;
    expect(w.months.map((r) => r.month)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
    for (const row of w.months) {
      for (const kind of hourKinds) {
        expect(row.byKind[kind], `${row.month} ${kind}`).toBe(e.months[row.month]?.[kind] ?? 0);
      }
      expect(row.totalMinutes).toBe(
        Object.values(e.months[row.month] ?? {}).reduce((a, b) => a + b, 0),
      );
    }
    for (const kind of hourKinds) {
      expect(w.minutesByKind[kind], kind).toBe(e.byKind[kind] ?? 0);
      expect(w.months.reduce((s, r) => s + r.byKind[kind], 0)).toBe(w.minutesByKind[kind]);
    }
    expect(w.minutes).toBe(e.total);
    expect(w.months.reduce((s, r) => s + r.totalMinutes, 0)).toBe(e.total);
    expect(w.volunteers).toBe(e.volunteers);
    expect(w.valueCents).toBe(Math.round((e.total / 60) * profile.hourValueCents));
    expect(w.hourValueCents).toBe(profile.hourValueCents);
    expect(w.hourValueSource).toBe(profile.hourValueSource);
    expect(e.byKind.board).toBeGreaterThan(0);
  });

  it('leaves out activities with nothing in the year', () => {
    const d = structuredClone(data);
    d.activities.push({
      ...structuredClone(d.activities[0]!),
      id: crypto.randomUUID(),
      name: 'Tyhjä',
    });
    expect(annualReportModel(d, options).activities.map((a) => a.name)).not.toContain('Tyhjä');
  });

  it('lists the grants received or used in the year with what was spent in it', () => {
    const model = annualReportModel(data, options);
    const e = expectedGrants(data, year2025);
    expect(
      model.grants.rows.map(({ name, grantedCents, spentCents }) => ({
        name,
        grantedCents,
        spentCents,
      })),
    ).toEqual(e.rows);
    expect(model.grants.grantedCents).toBe(e.granted);
    expect(model.grants.spentCents).toBe(e.spent);
    expect(e.rows).toHaveLength(1);
    expect(e.spent).toBeGreaterThan(0);
    const funder = data.funders.find((f) => f.id === data.grants[0]!.funderId)!;
    expect(model.grants.rows[0]).toMatchObject({ funderName: funder.name, status: 'reported' });

    // The current year: the submitted application is not a grant received.
    const now = annualReportModel(data, { ...options, year: 2026 });
    const e2026 = expectedGrants(data, { from: '2026-01-01', to: '2026-12-31' });
    expect(now.grants.rows.map((g) => g.name)).toEqual(e2026.rows.map((r) => r.name));
    expect(now.grants.spentCents).toBe(e2026.spent);
    expect(now.grants.rows.map((g) => g.status)).toEqual(['granted']);
  });

  it('counts only the expenses inside a fiscal year that splits a grant, and skips rejected ones', () => {
    const d = structuredClone(data);
    d.profile[0]!.fiscalYearStartMonth = 7;
    const rejected: Grant = {
      ...structuredClone(d.grants[0]!),
      id: crypto.randomUUID(),
      name: 'Hylätty hakemus',
      status: 'rejected',
    };
    const closedEarlier: Grant = {
      ...structuredClone(d.grants[0]!),
      id: crypto.randomUUID(),
      name: 'Päättynyt avustus',
      status: 'closed',
      decisionDate: '2025-08-15',
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
    };
    d.grants.push(rejected, closedEarlier);
    // Both copies spend what the original spent (their own rows, same dates and amounts).
    const originalExpenses = d.grantExpenses.filter((x) => x.grantId === d.grants[0]!.id);
    for (const copy of [rejected, closedEarlier]) {
      for (const x of originalExpenses) {
        d.grantExpenses.push({ ...x, id: crypto.randomUUID(), grantId: copy.id });
      }
    }
    const p = { from: '2025-07-01', to: '2026-06-30' };
    const model = annualReportModel(d, options);
    const e = expectedGrants(d, p);
    const byName = (a: [string, number], b: [string, number]) => a[0].localeCompare(b[0], 'fi');
    expect(
      model.grants.rows.map((g): [string, number] => [g.name, g.spentCents]).sort(byName),
    ).toEqual(e.rows.map((r): [string, number] => [r.name, r.spentCents]).sort(byName));
    expect(model.grants.rows.map((g) => g.name)).toContain('Päättynyt avustus');
    // Its copied expenses lie after its period of use: listed, but nothing spent in this year.
    expect(model.grants.rows.find((g) => g.name === 'Päättynyt avustus')!.spentCents).toBe(0);
    expect(model.grants.rows.map((g) => g.name)).not.toContain('Hylätty hakemus');
    // Half of last year's grant falls in this fiscal year.
    const whole = data.grantExpenses
      .filter((x) => x.grantId === data.grants[0]!.id)
      .reduce((s, x) => s + x.amountCents, 0);
    const first = model.grants.rows.find((g) => g.name === data.grants[0]!.name)!;
    expect(first.spentCents).toBeGreaterThan(0);
    expect(first.spentCents).toBeLessThan(whole);
    expect(model.grants.spentCents).toBe(e.spent);
  });

  it('takes highlights and planned-but-not-done line by line from the profile', () => {
    const model = annualReportModel(data, options);
    expect(model.highlights).toEqual(profile.reportTexts!.fi!.annualHighlights!.split('\n'));
    expect(model.notDone).toEqual([profile.reportTexts!.fi!.annualNotDone]);
    const d = structuredClone(data);
    d.profile[0]!.reportTexts = {
      fi: { annualHighlights: ' - Yksi\n\n• Kaksi  \n', annualNotDone: '  ' },
    };
    expect(annualReportModel(d, options)).toMatchObject({
      highlights: ['Yksi', 'Kaksi'],
      notDone: [],
    });
  });

  it('adds only consented outcome and highlighted notes of the year, at most five, in date order', () => {
    const model = annualReportModel(data, options);
    const eligible = data.impactNotes.filter(
      (n) =>
        (n.type === 'outcome' || n.highlight) && n.consentToPublish && within(n.date, year2025),
    );
    expect(model.notes.map((n) => n.id).sort()).toEqual(eligible.map((n) => n.id).sort());

    const d = structuredClone(data);
    const note = (date: string, consentToPublish: boolean, text: string): ImpactNote => ({
      ...structuredClone(d.impactNotes.find((n) => n.type === 'outcome')!),
      id: crypto.randomUUID(),
      date,
      text,
      consentToPublish,
      highlight: false,
    });
    // Highlights of the year come first; here the test is about the outcomes alone.
    for (const n of d.impactNotes) n.highlight = false;
    d.impactNotes.push(note('2025-12-30', false, 'Salainen tulos'));
    for (let i = 1; i <= 6; i++) d.impactNotes.push(note(`2025-11-0${i}`, true, `Tulos ${i}`));
    const many = annualReportModel(d, options);
    expect(many.notes.map((n) => n.text)).toEqual([2, 3, 4, 5, 6].map((i) => `Tulos ${i}`));
    expect(JSON.stringify(many)).not.toContain('Salainen tulos');
    // Only the outcome type is taken by default, and nothing from another year.
    expect(many.notes.every((n) => n.type === 'outcome' && within(n.date, year2025))).toBe(true);
  });

  it('prints notes chosen by hand in their order, dropping those without consent', () => {
    const secret = data.impactNotes.find((n) => !n.consentToPublish)!;
    const open = data.impactNotes.filter((n) => n.consentToPublish);
    const model = annualReportModel(data, {
      ...options,
      impactNoteIds: [open[1]!.id, secret.id, open[0]!.id, crypto.randomUUID()],
    });
    expect(model.notes.map((n) => n.id)).toEqual([open[1]!.id, open[0]!.id]);
    expect(Object.keys(model.notes[0]!).sort()).toEqual([
      'date',
      'highlight',
      'id',
      'text',
      'type',
    ]);
    expect(annualReportModel(data, { ...options, impactNoteIds: [] }).notes).toEqual([]);
  });

  it('refuses a missing profile and a year that is not one', () => {
    expect(code(() => annualReportModel({ ...data, profile: [] }, options))).toBe('noProfile');
    const deleted = structuredClone(data);
    deleted.profile[0]!.deletedAt = '2026-01-01T00:00:00.000Z';
    expect(code(() => annualReportModel(deleted, options))).toBe('noProfile');
    expect(code(() => annualReportModel(data, { ...options, year: Number.NaN }))).toBe('badPeriod');
  });

  it('is plain data: it survives JSON and structured clone, and building the PDF twice leaves it as it was', async () => {
    const model = annualReportModel(data, options);
    const before = structuredClone(model);
    expect(structuredClone(model)).toEqual(model);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    const first = annualReportDocument(model, 'fi');
    const second = annualReportDocument(model, 'fi');
    expect(JSON.stringify(second.content)).toBe(JSON.stringify(first.content));
    await renderPdf(first);
    await renderPdf(second);
    expect(model).toEqual(before);
  });
});

describe('annual summary PDF', () => {
  const expected = {
    fi: {
      title: 'Toimintakertomus',
      subtitle: 'Tilikausi 2025 · 1.1.2025–31.12.2025',
      headings: [
        'Jäsenet',
        'Hallitus ja toimihenkilöt',
        'Toiminta',
        'Vapaaehtoistyö',
        'Saadut ja käytetyt avustukset',
        'Vuoden kohokohdat',
        'Suunniteltu mutta toteutumatta jäänyt',
        'Hallituksen puolesta',
      ],
      types: ['Varsinaiset jäsenet', 'Kannatusjäsenet', 'Nuorisojäsenet'],
      roles: ['puheenjohtaja', 'sihteeri', 'Rahastonhoitaja', 'Hallituksen jäsenet'],
      board: 'Hallitustyö',
      total: 'Yhteensä',
      place: 'Tampere, 22.11.2026',
    },
    sv: {
      title: 'Verksamhetsberättelse',
      subtitle: 'Räkenskapsperiod 2025 · 1.1.2025–31.12.2025',
      headings: [
        'Medlemmar',
        'Styrelse och funktionärer',
        'Verksamhet',
        'Frivilligarbete',
        'Erhållna och använda understöd',
        'Årets höjdpunkter',
        'Planerat men inte genomfört',
        'För styrelsen',
      ],
      types: ['Ordinarie medlemmar', 'Stödmedlemmar', 'Ungdomsmedlemmar'],
      roles: ['ordförande', 'sekreterare', 'Kassör', 'Styrelseledamöter'],
      board: 'Styrelsearbete',
      total: 'Totalt',
      place: 'Tampere, 22.11.2026',
    },
    en: {
      title: 'Annual activity report',
      subtitle: 'Financial year 2025 · 1 Jan 2025–31 Dec 2025',
      headings: [
        'Members',
        'Board and officials',
        'Activities',
        'Volunteer work',
        'Grants received and used',
        'Highlights of the year',
        'Planned but not done',
        'On behalf of the board',
      ],
      types: ['Regular members', 'Supporting members', 'Youth members'],
      roles: ['Chair', 'Secretary', 'Treasurer', 'Board members'],
      board: 'Board work',
      total: 'Total',
      place: 'Tampere, 22 Nov 2026',
    },
  } as const;

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`prints every section and the key figures in ${lang}`, async () => {
      const model = annualReportModel(data, options);
      const pdf = await renderPdf(annualReportDocument(model, lang));
      const text = pdfText(pdf);
      const flat = squash(text);
      const e = expected[lang];
      for (const s of [e.title, e.subtitle, profile.name, ...e.headings, ...e.types, ...e.roles]) {
        expect(text).toContain(s);
      }
      // Headings come in the agreed order.
      const at = e.headings.map((h) => text.indexOf(`\n${h}\n`));
      expect(at.every((i) => i > 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);

      const m = expectedMembership(data, year2025);
      const n = (x: number) => formatInteger(x, lang);
      expect(flat).toContain(
        squash(`${e.total} ${n(m.start)} ${n(m.joined)} ${n(m.left)} ${n(m.end)}`),
      );
      const h = expectedHours(data, year2025);
      expect(flat).toContain(squash(formatMinutes(h.total, lang)));
      expect(flat).toContain(squash(formatMinutes(h.byKind.board!, lang)));
      expect(text).toContain(e.board);
      expect(flat).toContain(
        squash(formatMoney(Math.round((h.total / 60) * profile.hourValueCents), lang)),
      );
      expect(text).toContain(profile.hourValueSource);
      const g = expectedGrants(data, year2025);
      expect(flat).toContain(squash(formatMoney(g.spent, lang)));
      expect(flat).toContain(squash(formatMoney(g.granted, lang)));
      for (const a of h.activities) expect(text).toContain(a.name);
      const b = expectedBoard(data, year2025);
      for (const name of [profile.chairName!, profile.treasurerName!, ...b.named]) {
        expect(text).toContain(name);
      }
      for (const line of profile.reportTexts!.fi!.annualHighlights!.split('\n')) {
        expect(text).toContain(line);
      }
      expect(text).toContain(profile.reportTexts!.fi!.annualNotDone!);
      expect(text).toContain(e.place);

      const info = pdfInfo(pdf);
      expect(info.Title).toBe(e.title);
      expect(info.Author).toBe(profile.name);
      const fonts = pdfFontsOf(pdf);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.every((font) => font.embedded)).toBe(true);
    });
  }

  it('shows a fiscal year that crosses a new year with both years and dated months', async () => {
    const d = structuredClone(data);
    d.profile[0]!.fiscalYearStartMonth = 7;
    const model = annualReportModel(d, options);
    const text = pdfText(await renderPdf(annualReportDocument(model, 'fi')));
    expect(text).toContain('Tilikausi 2025–2026 · 1.7.2025–30.6.2026');
    expect(text).toContain('heinä 2025');
    expect(text).toContain('kesä 2026');
  });

  it('says "none" for empty sections instead of printing empty tables', async () => {
    const bare: Dataset = emptyDataset();
    bare.profile.push({ ...structuredClone(profile), reportTexts: undefined, chairName: '' });
    bare.profile[0]!.treasurerName = undefined;
    const model = annualReportModel(bare, options);
    const pdf = await renderPdf(annualReportDocument(model, 'fi'));
    const text = pdfText(pdf);
    for (const s of [
      'Yhdistyksellä ei ollut jäseniä tilikaudella.',
      'Hallituksen tietoja ei ole kirjattu.',
      'Tilikaudella ei ollut kirjattua toimintaa.',
      'Tilikaudella ei kirjattu vapaaehtoistunteja.',
      'Tilikaudella ei ollut myönnettyjä avustuksia.',
      'Kohokohtia ei ole kirjattu.',
      'Ei kirjattuja.',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('Yhteensä');
    expect(text).not.toContain('Puheenjohtaja');
    expect(Number(pdfInfo(pdf).Pages)).toBe(1);
  });

  it('keeps the kinds of work without hours out of the hours table', async () => {
    const d = structuredClone(data);
    d.hours = d.hours.filter((h) => h.kind !== 'training');
    const model = annualReportModel(d, options);
    const kinds: HourKind[] = hourKinds.filter((k) => model.volunteerWork.minutesByKind[k] > 0);
    expect(kinds).not.toContain('training');
    const text = pdfText(await renderPdf(annualReportDocument(model, 'en')));
    expect(text).toContain('Board work');
    expect(text).not.toContain('Training');
  });
});
