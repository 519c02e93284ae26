import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/cli/renderPdf';
import { generateDemoDataset } from '../../src/core/demo';
import { formatMoney } from '../../src/core/format';
import { translate } from '../../src/core/i18n';
import { reportPeriod, reportRequest } from '../../src/core/reports';
import { ReportError, reportErrorText } from '../../src/core/reports/ReportError';
import {
  grantReportDocument,
  grantReportModel,
  grantReportOptions,
  grantReportPeriod,
  pickGrant,
  reportableGrants,
} from '../../src/core/reports';
import type { Dataset, Grant } from '../../src/core/schemas';
import { pdfFontsOf, pdfInfo, pdfText } from './support/pdfText';

const today = '2026-11-22';
const data = generateDemoDataset({ seed: 1, today });
const profile = data.profile[0]!;
const thisYearGrant = data.grants.find((g) => g.status === 'granted')!;
const lastYearGrant = data.grants.find((g) => g.status === 'reported')!;

/** The report's figures by plain loops, independent of grantReportModel.ts. */
function expected(d: Dataset, grant: Grant, from: string, to: string) {
  const inPeriod = (date: string) => date >= from && date <= to;
  const linked = new Set(
    d.activities.filter((a) => !a.deletedAt && a.grantIds.includes(grant.id)).map((a) => a.id),
  );
  let sessions = 0;
  let counted = 0;
  let estimated = 0;
  for (const s of d.sessions) {
    if (s.deletedAt || !inPeriod(s.date) || !linked.has(s.activityId)) continue;
    sessions += 1;
    if (s.countMethod === 'estimated') estimated += s.participants;
    else counted += s.participants;
  }
  let minutes = 0;
  const volunteers = new Set<string>();
  for (const h of d.hours) {
    if (h.deletedAt || !inPeriod(h.date)) continue;
    if (h.grantId !== grant.id && !(h.activityId && linked.has(h.activityId))) continue;
    minutes += h.minutes;
    volunteers.add(h.personId);
  }
  let spent = 0;
  for (const e of d.grantExpenses) {
    if (e.grantId === grant.id && !e.deletedAt && inPeriod(e.date)) spent += e.amountCents;
  }
  return { sessions, counted, estimated, minutes, volunteers: volunteers.size, spent };
}

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof ReportError
      ? `${e.code}${e.params.id ? `:${e.params.id}` : ''}`
      : String(e);
  }
  return 'no error';
};

describe('grant usage report model', () => {
  it('matches figures computed independently, for the grant of this year', () => {
    const model = grantReportModel(data, { grantId: thisYearGrant.id, printedOn: today });
    const e = expected(data, thisYearGrant, thisYearGrant.periodStart!, thisYearGrant.periodEnd!);
    expect(model.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(e.sessions).toBeGreaterThan(10);
    expect(model.figures.sessions).toBe(e.sessions);
    expect(model.figures.countedParticipants).toBe(e.counted);
    expect(model.figures.estimatedParticipants).toBe(e.estimated);
    expect(model.figures.participants).toBe(e.counted + e.estimated);
    expect(model.figures.volunteerMinutes).toBe(e.minutes);
    expect(model.figures.volunteers).toBe(e.volunteers);
    expect(model.figures.volunteerValueCents).toBe(
      Math.round((e.minutes * profile.hourValueCents) / 60),
    );
    expect(model.budget.spentCents).toBe(e.spent);
    expect(model.budget.unusedCents).toBe(thisYearGrant.grantedCents! - e.spent);
    expect(model.funder?.name).toBe('Pirkanmaan hyvinvointialue');
  });

  it('sums the activity rows to the headline figures and the months to the minutes', () => {
    const model = grantReportModel(data, { grantId: thisYearGrant.id, printedOn: today });
    const rows = model.activities;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.reduce((s, r) => s + r.sessions, 0)).toBe(model.figures.sessions);
    expect(rows.reduce((s, r) => s + r.participants, 0)).toBe(model.figures.participants);
    expect(model.months).toHaveLength(12);
    expect(model.months.reduce((s, m) => s + m.totalMinutes, 0)).toBe(
      model.figures.volunteerMinutes,
    );
  });

  it('gives budget against actual per line, with the difference', () => {
    const model = grantReportModel(data, { grantId: lastYearGrant.id, printedOn: today });
    const lines = data.grantBudgetLines.filter((l) => l.grantId === lastYearGrant.id);
    expect(model.budget.lines.map((l) => l.name)).toEqual(lines.map((l) => l.name));
    for (const line of model.budget.lines) {
      const spent = data.grantExpenses
        .filter((e) => e.budgetLineId === line.id)
        .reduce((s, e) => s + e.amountCents, 0);
      expect(line.spentCents).toBe(spent);
      expect(line.differenceCents).toBe(line.budgetCents - spent);
    }
    expect(model.budget.budgetCents).toBe(lines.reduce((s, l) => s + l.budgetCents, 0));
  });

  it('counts an hour entry booked to the grant outside its activities once', () => {
    const d = structuredClone(data);
    const outside = d.activities.find((a) => !a.grantIds.includes(thisYearGrant.id))!;
    const before = grantReportModel(d, { grantId: thisYearGrant.id, printedOn: today });
    const h = d.hours.find((x) => x.activityId === outside.id && x.date.startsWith('2026'))!;
    h.grantId = thisYearGrant.id;
    const after = grantReportModel(d, { grantId: thisYearGrant.id, printedOn: today });
    expect(after.figures.volunteerMinutes).toBe(before.figures.volunteerMinutes + h.minutes);
    // Hours already in a linked activity and booked to the grant are not doubled.
    const inside = d.hours.find(
      (x) => x.grantId === thisYearGrant.id && x.activityId !== outside.id,
    );
    expect(inside).toBeDefined();
  });

  it('prints only consented notes, chosen or not', () => {
    const model = grantReportModel(data, { grantId: thisYearGrant.id, printedOn: today });
    const byId = new Map(data.impactNotes.map((n) => [n.id, n]));
    expect(model.notes.length).toBeGreaterThan(0);
    for (const n of model.notes) expect(byId.get(n.id)?.consentToPublish).toBe(true);
    const refused = data.impactNotes.find((n) => !n.consentToPublish)!;
    const consented = data.impactNotes.find((n) => n.consentToPublish)!;
    const chosen = grantReportModel(data, {
      grantId: thisYearGrant.id,
      impactNoteIds: [refused.id, consented.id],
      printedOn: today,
    });
    expect(chosen.notes.map((n) => n.id)).toEqual([consented.id]);
  });

  it('picks the most recent received grant in the period, or says there is none', () => {
    expect(pickGrant(data).id).toBe(thisYearGrant.id);
    expect(pickGrant(data, { from: '2025-01-01', to: '2025-12-31' }).id).toBe(lastYearGrant.id);
    expect(reportableGrants(data).map((g) => g.status)).not.toContain('submitted');
    expect(code(() => pickGrant(data, { from: '2020-01-01', to: '2020-12-31' }))).toBe('noGrant');
  });

  it('refuses a missing grant, a missing profile and a backwards period', () => {
    expect(code(() => grantReportModel(data, { grantId: 'nope', printedOn: today }))).toBe(
      'grantNotFound:nope',
    );
    expect(code(() => grantReportModel({ ...data, profile: [] }, { printedOn: today }))).toBe(
      'noProfile',
    );
    expect(
      code(() =>
        grantReportModel(data, {
          period: { from: '2026-02-01', to: '2026-01-01' },
          printedOn: today,
        }),
      ),
    ).toBe('badPeriod');
  });

  it('works on a grant without budget, funder or linked activities', () => {
    const d = structuredClone(data);
    const g = d.grants.find((x) => x.id === thisYearGrant.id)!;
    d.grantBudgetLines = d.grantBudgetLines.filter((l) => l.grantId !== g.id);
    d.grantExpenses = d.grantExpenses.filter((e) => e.grantId !== g.id);
    g.funderId = '00000000-0000-4000-8000-000000000000';
    for (const a of d.activities) a.grantIds = [];
    for (const h of d.hours) delete h.grantId;
    const model = grantReportModel(d, { grantId: g.id, printedOn: today });
    expect(model.funder).toBeUndefined();
    expect(model.activities).toEqual([]);
    expect(model.figures.volunteerMinutes).toBe(0);
    expect(model.budget.unusedCents).toBe(g.grantedCents);
  });
});

describe('grant usage report PDF', () => {
  const model = grantReportModel(data, { grantId: thisYearGrant.id, printedOn: today });
  const headings = {
    fi: ['Avustuksen käyttöselvitys', 'Talousarvio ja toteuma', 'Käyttämättä', 'rahastonhoitaja'],
    sv: ['Redovisning av understödets användning', 'Budget och utfall', 'Oanvänt', 'kassör'],
    en: ['Grant usage report', 'Budget and actual', 'Unused', 'Treasurer'],
  } as const;

  it.each(['fi', 'sv', 'en'] as const)(
    'prints headings, figures and the unused amount in %s, with embedded fonts',
    async (lang) => {
      const pdf = await renderPdf(grantReportDocument(model, lang));
      const text = pdfText(pdf).replace(/\s+/g, ' ');
      const money = (cents: number) => formatMoney(cents, lang).replace(/\s+/g, ' ');
      for (const h of headings[lang]) expect(text).toContain(h);
      expect(text).toContain(thisYearGrant.name);
      expect(text).toContain(money(model.budget.unusedCents));
      expect(text).toContain(money(model.budget.spentCents));
      expect(text).toContain(model.budget.lines[0]!.name);
      expect(pdfInfo(pdf).Title).toBe(headings[lang][0]);
      expect(pdfFontsOf(pdf).every((f) => f.embedded)).toBe(true);
    },
  );

  it('leaves the model as it was', async () => {
    const copy = structuredClone(model);
    await renderPdf(grantReportDocument(model, 'fi'));
    expect(model).toEqual(copy);
  });
});

describe('grant usage report rules', () => {
  const submitted = data.grants.find((g) => g.status === 'submitted')!;

  it.each(['planned', 'drafting', 'submitted', 'rejected'] as const)(
    'refuses a %s grant, naming it and its status',
    (status) => {
      const d = structuredClone(data);
      const g = d.grants.find((x) => x.id === thisYearGrant.id)!;
      g.status = status;
      let error: unknown;
      try {
        grantReportModel(d, { grantId: g.id, printedOn: today });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ReportError);
      expect((error as ReportError).code).toBe('grantNotReceived');
      expect(reportErrorText(error as ReportError, 'en')).toContain(g.name);
      expect(reportErrorText(error as ReportError, 'fi')).toContain(
        translate('fi', `ui.grants.statuses.${status}`),
      );
    },
  );

  it('refuses through reportRequest too, and tells no period for such a grant', () => {
    const choice = { kind: 'grant', lang: 'fi', printedOn: today, grantId: submitted.id } as const;
    expect(code(() => reportRequest(data, choice))).toBe('grantNotReceived');
    expect(reportPeriod(data, choice)).toBeUndefined();
  });

  it('offers a grant asked for by id even when not received, so the page can say why', () => {
    expect(grantReportOptions(data).map((g) => g.id)).not.toContain(submitted.id);
    expect(grantReportOptions(data, submitted.id)[0]!.id).toBe(submitted.id);
    expect(grantReportOptions(data, 'nope')).toEqual(reportableGrants(data));
  });

  it("covers the grant's own period and clips a chosen period to it", () => {
    const own = { from: thisYearGrant.periodStart!, to: thisYearGrant.periodEnd! };
    expect(grantReportPeriod(thisYearGrant)).toEqual(own);
    expect(grantReportPeriod(thisYearGrant, { from: '2025-06-01', to: '2026-03-31' })).toEqual({
      from: own.from,
      to: '2026-03-31',
    });
    expect(grantReportPeriod(thisYearGrant, { from: '2026-05-01', to: '2027-06-30' })).toEqual({
      from: '2026-05-01',
      to: own.to,
    });
    expect(grantReportPeriod(thisYearGrant, { from: '2020-01-01', to: '2020-12-31' })).toBe(
      undefined,
    );
    const model = grantReportModel(data, {
      grantId: thisYearGrant.id,
      period: { from: '2025-01-01', to: '2030-12-31' },
      printedOn: today,
    });
    expect(model.period).toEqual(own);
    expect(model.grant.period).toEqual(own);
    expect(
      code(() =>
        grantReportModel(data, {
          grantId: thisYearGrant.id,
          period: { from: '2020-01-01', to: '2020-12-31' },
          printedOn: today,
        }),
      ),
    ).toBe('badPeriod');
  });

  it('gives hours booked to the grant outside its activities a row, so the rows add up', () => {
    const d = structuredClone(data);
    const outside = d.activities.find((a) => !a.grantIds.includes(thisYearGrant.id))!;
    const booked = d.hours.filter((x) => x.activityId === outside.id && x.date.startsWith('2026'));
    booked[0]!.grantId = thisYearGrant.id;
    const noActivity = booked[1]!;
    noActivity.grantId = thisYearGrant.id;
    delete noActivity.activityId;
    const model = grantReportModel(d, { grantId: thisYearGrant.id, printedOn: today });
    expect(model.outsideActivities?.volunteerMinutes).toBe(booked[0]!.minutes + noActivity.minutes);
    const rows = model.activities.reduce((s, r) => s + r.volunteerMinutes, 0);
    expect(rows + model.outsideActivities!.volunteerMinutes).toBe(model.figures.volunteerMinutes);
    expect(
      grantReportModel(data, { grantId: thisYearGrant.id, printedOn: today }).outsideActivities,
    ).toBeUndefined();
  });

  it('prints the payments, the checklist and the outside row', async () => {
    const d = structuredClone(data);
    const outside = d.activities.find((a) => !a.grantIds.includes(thisYearGrant.id))!;
    d.hours.find((x) => x.activityId === outside.id && x.date.startsWith('2026'))!.grantId =
      thisYearGrant.id;
    const base = {
      createdAt: `${today}T00:00:00.000Z`,
      updatedAt: `${today}T00:00:00.000Z`,
      deletedAt: null,
    };
    d.grantChecklistItems = [
      {
        ...base,
        id: '10000000-0000-4000-8000-000000000001',
        grantId: thisYearGrant.id,
        label: 'Tilinpäätös 2026',
        done: true,
        doneOn: '2026-03-01',
        position: 0,
      },
      {
        ...base,
        id: '10000000-0000-4000-8000-000000000002',
        grantId: thisYearGrant.id,
        label: 'Vuosikokouksen pöytäkirja',
        done: false,
        position: 1,
      },
    ];
    const model = grantReportModel(d, { grantId: thisYearGrant.id, printedOn: today });
    const payments = d.grantPayments.filter((p) => p.grantId === thisYearGrant.id && !p.deletedAt);
    expect(model.payments.map((p) => p.id).sort()).toEqual(payments.map((p) => p.id).sort());
    expect(model.checklist.map((c) => c.label)).toEqual([
      'Tilinpäätös 2026',
      'Vuosikokouksen pöytäkirja',
    ]);
    const text = pdfText(await renderPdf(grantReportDocument(model, 'en'))).replace(/\s+/g, ' ');
    expect(text).toContain('Payments');
    if (payments[0]) {
      expect(text).toContain(formatMoney(payments[0].amountCents, 'en').replace(/\s+/g, ' '));
    }
    expect(text).toContain('Attachments and duties');
    expect(text).toContain('Vuosikokouksen pöytäkirja');
    expect(text).toContain('Other work booked');
    expect(text).toContain("Grant's period");
  });
});
