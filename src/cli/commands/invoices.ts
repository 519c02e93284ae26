import { todayIso, formatMoney } from '../../core/format';
import { translate } from '../../core/i18n';
import {
  defaultInvoiceDueOn,
  feesToInvoice,
  invoiceBatch,
  invoiceSummary,
  invoiceDocument,
  InvoiceError,
  type InvoiceKind,
} from '../../core/invoices';
import { isCalendarDate } from '../../core/schemas';
import { atomicWriteSync } from '../../node/atomicWrite';
import { say, UsageError, type CliContext } from '../context';
import { renderPdf } from '../renderPdf';
import { readValidDataFile } from '../dataFiles';

export type InvoiceFlags = {
  data?: string;
  out?: string;
  year?: string;
  due?: string;
  today?: string;
  unpaid?: boolean;
  reminders?: boolean;
  rf?: boolean;
};

/**
 * `invoices --data FILE --year YYYY --out FILE.pdf [--due D] [--unpaid] [--reminders] [--rf]`:
 * the same invoice model and PDF as the Fees page. The data file is only read:
 * the app records the invoice date on the fees when it saves invoices, the CLI
 * leaves the file as it is.
 */
export async function invoicesCommand(ctx: CliContext, flags: InvoiceFlags): Promise<number> {
  if (!flags.data) throw new UsageError(say(ctx, 'missingDataFlag'));
  if (!flags.out) throw new UsageError(say(ctx, 'missingOut'));
  if (!flags.year) throw new UsageError(say(ctx, 'missingYear'));
  if (!/^\d{4}$/.test(flags.year)) throw new UsageError(say(ctx, 'badYear'));
  for (const option of ['due', 'today'] as const) {
    const value = flags[option];
    if (value !== undefined && !isCalendarDate(value)) {
      throw new UsageError(say(ctx, 'badDate', { option: `--${option}` }));
    }
  }
  const parsed = await readValidDataFile(ctx, flags.data);
  if (!parsed) return 1;
  const { dataset } = parsed;
  const today = flags.today ?? todayIso(ctx.now());
  const kind: InvoiceKind = flags.reminders ? 'reminder' : 'invoice';
  const year = Number(flags.year);
  const fees = feesToInvoice(
    dataset.fees.filter((f) => f.year === year),
    { kind, today, onlyNew: !!flags.unpaid },
  );
  try {
    const batch = invoiceBatch(
      { profile: dataset.profile.find((p) => !p.deletedAt), people: dataset.people, fees },
      {
        kind,
        issuedOn: today,
        dueOn: flags.due ?? defaultInvoiceDueOn(today),
        referenceForm: flags.rf ? 'rf' : 'domestic',
      },
    );
    const pdf = await renderPdf(invoiceDocument(batch, ctx.lang));
    atomicWriteSync(flags.out, pdf);
    const count = batch.invoices.length;
    const total = formatMoney(invoiceSummary(fees).totalCents, ctx.lang);
    ctx.out(
      say(ctx, 'wroteInvoices', {
        file: flags.out,
        count,
        total,
      }),
    );
    return 0;
  } catch (e) {
    if (e instanceof InvoiceError) {
      ctx.err(translate(ctx.lang, `invoices.errors.${e.code}`, e.params));
      return 1;
    }
    throw e;
  }
}
