import { errorText } from '../../core/errors';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { reportRollupsOf } from '../../core/figures';
import { todayIso } from '../../core/format';
import { translate } from '../../core/i18n';
import {
  combineSummaries,
  readSummaryFile,
  regionalSummaryDocument,
  summaryOf,
  type SummaryFile,
} from '../../core/network';
import { fiscalYearPeriod, ReportError, reportErrorText } from '../../core/reports';
import { atomicWriteSync } from '../../node/atomicWrite';
import { say, UsageError, type CliContext } from '../context';
import { renderPdf } from '../renderPdf';
import { readValidDataFile } from '../dataFiles';

/**
 * `summary --data FILE --year YYYY --out S.json`: the association's figures of
 * the year as a `talkoot-summary` file (docs/summary-format.md), the same
 * function the app uses. No personal data; counts of 1–4 people as "<5".
 */
export async function summaryCommand(
  ctx: CliContext,
  flags: { data?: string; out?: string; year?: string },
): Promise<number> {
  if (!flags.data) throw new UsageError(say(ctx, 'missingDataFlag'));
  if (!flags.out) throw new UsageError(say(ctx, 'missingOut'));
  if (!flags.year || !/^\d{4}$/.test(flags.year)) throw new UsageError(say(ctx, 'badYear'));
  const parsed = await readValidDataFile(ctx, flags.data);
  if (!parsed) return 1;
  const data = parsed.dataset;
  const year = Number(flags.year);
  try {
    const profile = data.profile.find((p) => !p.deletedAt);
    const period = fiscalYearPeriod(year, profile?.fiscalYearStartMonth ?? 1);
    const file = summaryOf(data, reportRollupsOf(data, period), {
      year,
      exportedAt: ctx.now().toISOString(),
    });
    atomicWriteSync(flags.out, `${JSON.stringify(file, null, 1)}\n`);
    ctx.out(
      translate(ctx.lang, 'network.wroteSummary', {
        file: flags.out,
        year,
        activities: file.activities.length,
      }),
    );
    return 0;
  } catch (e) {
    if (e instanceof ReportError) {
      ctx.err(reportErrorText(e, ctx.lang));
      return 1;
    }
    throw e;
  }
}

/**
 * `combine S1.json S2.json … --out regional.pdf [--year YYYY] [--network NAME]`:
 * the regional summary of the files that are summaries; each file that is not
 * is named with its reason, and the others still combine. Exit 1 when none could.
 */
export async function combineCommand(
  ctx: CliContext,
  paths: string[],
  flags: { out?: string; year?: string; network?: string; today?: string },
): Promise<number> {
  if (!flags.out) throw new UsageError(say(ctx, 'missingOut'));
  if (paths.length === 0) throw new UsageError(say(ctx, 'missingFile'));
  if (flags.year !== undefined && !/^\d{4}$/.test(flags.year))
    throw new UsageError(say(ctx, 'badYear'));
  const files: SummaryFile[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    const file = basename(path);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      problems.push(
        translate(ctx.lang, 'network.errors.unreadable', {
          file,
          reason: (e as NodeJS.ErrnoException).code ?? errorText(e, ctx.lang),
        }),
      );
      continue;
    }
    const read = readSummaryFile(text);
    if (read.ok) files.push(read.file);
    else {
      const { code, ...params } = read.problem;
      problems.push(translate(ctx.lang, `network.errors.${code}`, { file, ...params }));
    }
  }
  if (problems.length > 0) {
    ctx.err(translate(ctx.lang, 'network.skipped'));
    for (const p of problems) ctx.err(`  ${p}`);
  }
  if (files.length === 0) {
    ctx.err(translate(ctx.lang, 'network.noSummaries'));
    return 1;
  }
  const year = flags.year ? Number(flags.year) : Math.max(...files.map((f) => f.year));
  const combined = combineSummaries(files, year);
  const pdf = await renderPdf(
    regionalSummaryDocument(
      {
        combined,
        networkName: flags.network?.trim() || 'Talkoot',
        printedOn: flags.today ?? todayIso(ctx.now()),
      },
      ctx.lang,
    ),
  );
  atomicWriteSync(flags.out, pdf);
  const count = combined.included.length;
  ctx.out(
    translate(ctx.lang, 'network.wroteRegional', {
      file: flags.out,
      count,
    }),
  );
  return 0;
}
