import { formatDataFileIssues, parseDataFile } from '../../core/dataFile';
import { formatDate, formatMoney } from '../../core/format';
import { translate } from '../../core/i18n';
import { say, UsageError, type CliContext } from '../context';
import { readDataFileText } from './validate';

/**
 * `list grants --data FILE`: every grant with its id (for `report grant --grant ID`),
 * status, funder, amount granted and period, newest first.
 */
export function listCommand(ctx: CliContext, what: string | undefined, data?: string): number {
  if (what !== 'grants') throw new UsageError(say(ctx, 'badListKind', { what: what ?? '' }));
  if (!data) throw new UsageError(say(ctx, 'missingDataFlag'));
  const parsed = parseDataFile(readDataFileText(ctx, data));
  if (!parsed.ok) {
    ctx.err(say(ctx, 'invalid', { file: data }));
    for (const line of formatDataFileIssues(parsed.issues, ctx.lang, 20)) ctx.err(`  ${line}`);
    return 1;
  }
  const { grants, funders } = parsed.file.dataset;
  const funderName = new Map(funders.map((f) => [f.id, f.name]));
  const live = grants
    .filter((g) => !g.deletedAt)
    .sort((a, b) =>
      (b.periodStart ?? b.decisionDate ?? '').localeCompare(a.periodStart ?? a.decisionDate ?? ''),
    );
  if (live.length === 0) {
    ctx.out(say(ctx, 'noGrants'));
    return 0;
  }
  for (const g of live) {
    const period =
      g.periodStart && g.periodEnd
        ? `${formatDate(g.periodStart, ctx.lang)}–${formatDate(g.periodEnd, ctx.lang)}`
        : '–';
    const amount = g.grantedCents !== undefined ? formatMoney(g.grantedCents, ctx.lang) : '–';
    ctx.out(
      [
        g.id,
        translate(ctx.lang, `ui.grants.statuses.${g.status}`),
        funderName.get(g.funderId) ?? '–',
        g.name,
        amount,
        period,
      ].join('  |  '),
    );
  }
  return 0;
}
