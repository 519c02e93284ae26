import { formatDate, formatMoney } from '../../core/format';
import { isReceivedGrant, paymentsTotal, sortGrants, spendingOfGrants } from '../../core/grants';
import { translate } from '../../core/i18n';
import { say, UsageError, type CliContext } from '../context';
import { readValidDataFile } from '../dataFiles';

/**
 * `list grants --data FILE`: every grant with its id (for `report grant --grant ID`),
 * status, funder, amounts granted, paid and spent, period and final report's
 * due date (or, for a grant not received, that it gets no usage report), newest first.
 */
export async function listCommand(
  ctx: CliContext,
  what: string | undefined,
  data?: string,
): Promise<number> {
  if (what !== 'grants') throw new UsageError(say(ctx, 'badListKind', { what: what ?? '' }));
  if (!data) throw new UsageError(say(ctx, 'missingDataFlag'));
  const parsed = await readValidDataFile(ctx, data);
  if (!parsed) return 1;
  const { grants, funders, grantExpenses, grantPayments } = parsed.dataset;
  const funderName = new Map(funders.map((f) => [f.id, f.name]));
  const live = sortGrants(grants.filter((g) => !g.deletedAt));
  const spent = spendingOfGrants(live, grantExpenses);
  if (live.length === 0) {
    ctx.out(say(ctx, 'noGrants'));
    return 0;
  }
  for (const g of live) {
    const period =
      g.periodStart && g.periodEnd
        ? `${formatDate(g.periodStart, ctx.lang)}–${formatDate(g.periodEnd, ctx.lang)}`
        : '–';
    const money = (cents: number) => formatMoney(cents, ctx.lang);
    const amounts = say(ctx, 'grantAmounts', {
      granted: g.grantedCents !== undefined ? money(g.grantedCents) : '–',
      paid: money(paymentsTotal(grantPayments.filter((p) => p.grantId === g.id))),
      spent: money(spent.get(g.id) ?? 0),
    });
    // Only a received grant gets a usage report: the others say so instead of a due date.
    const due = isReceivedGrant(g)
      ? say(ctx, 'grantReportDue', {
          date: g.reportDue ? formatDate(g.reportDue, ctx.lang) : '–',
        })
      : say(ctx, 'grantNoReport');
    ctx.out(
      [
        g.id,
        translate(ctx.lang, `ui.grants.statuses.${g.status}`),
        funderName.get(g.funderId) ?? '–',
        g.name,
        amounts,
        period,
        due,
      ].join('  |  '),
    );
  }
  return 0;
}
