import { todayIso } from '../../core/dates';
import { isCalendarDate } from '../../core/schemas';
import {
  buildPdfDocument,
  ReportError,
  reportErrorText,
  reportKinds,
  reportRequestOfDataset,
  type ReportKind,
} from '../../core/reports';
import { renderPdf } from '../renderPdf';
import { say, UsageError, type CliContext } from '../context';
import { atomicWriteSync } from '../../node/atomicWrite';
import { readValidDataFile } from '../dataFiles';

export type ReportFlags = {
  data?: string;
  out?: string;
  year?: string;
  from?: string;
  to?: string;
  grant?: string;
  municipality?: string;
  today?: string;
};

/**
 * `report grant|advocacy|annual --data FILE --out FILE.pdf [--year Y | --from D --to D]
 * [--grant ID] [--municipality M] [--lang L]`: the same report models the app uses,
 * rendered with the same embedded fonts. Nothing is written on any error: a grant
 * not received gets no usage report, and the command says why.
 */
export async function reportCommand(
  ctx: CliContext,
  kind: string | undefined,
  flags: ReportFlags,
): Promise<number> {
  if (!kind || !(reportKinds as readonly string[]).includes(kind)) {
    throw new UsageError(say(ctx, 'badReportKind', { kind: kind ?? '' }));
  }
  if (!flags.data) throw new UsageError(say(ctx, 'missingDataFlag'));
  if (!flags.out) throw new UsageError(say(ctx, 'missingOut'));
  if (flags.year !== undefined && (flags.from !== undefined || flags.to !== undefined)) {
    throw new UsageError(say(ctx, 'yearOrPeriod'));
  }
  let year: number | undefined;
  if (flags.year !== undefined) {
    if (!/^\d{4}$/.test(flags.year)) throw new UsageError(say(ctx, 'badYear'));
    year = Number(flags.year);
  }
  for (const option of ['from', 'to', 'today'] as const) {
    const value = flags[option];
    if (value !== undefined && !isCalendarDate(value)) {
      throw new UsageError(say(ctx, 'badDate', { option: `--${option}` }));
    }
  }
  if ((flags.from === undefined) !== (flags.to === undefined)) {
    throw new UsageError(say(ctx, 'fromAndTo'));
  }
  const parsed = await readValidDataFile(ctx, flags.data);
  if (!parsed) return 1;
  const printedOn = flags.today ?? todayIso(ctx.now());
  try {
    // The same models as the app, fed the rollups built from the file's rows.
    const request = reportRequestOfDataset(parsed.dataset, {
      kind: kind as ReportKind,
      lang: ctx.lang,
      printedOn,
      year,
      period: flags.from && flags.to ? { from: flags.from, to: flags.to } : undefined,
      grantId: flags.grant,
      municipality: flags.municipality,
    });
    const pdf = await renderPdf(buildPdfDocument(request));
    atomicWriteSync(flags.out, pdf);
    ctx.out(say(ctx, 'wroteReport', { file: flags.out, kb: Math.ceil(pdf.length / 1024) }));
    return 0;
  } catch (e) {
    if (e instanceof ReportError) {
      ctx.err(reportErrorText(e, ctx.lang));
      return 1;
    }
    throw e;
  }
}
