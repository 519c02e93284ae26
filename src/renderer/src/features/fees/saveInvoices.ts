import { errorReason } from '../../shared/errorReason';
import type { TFunction } from 'i18next';
import { recordInvoices } from '../../../../core/db';
import type { InvoiceBatch } from '../../../../core/invoices';
import type { Language } from '../../../../core/schemas';
import { db } from '../../db';
import { pdfFileName, savePdf } from '../../pdf/makePdf';
import { notify } from '../../shared/notify';

/** An invoice run that failed, in the user's words (InvoiceError has a message of its own). */
export function notifyInvoiceFailure(t: TFunction, error: unknown): void {
  notify(t, {
    color: 'red',
    title: t('ui.common.error'),
    // errorText names an InvoiceError by its code, anything else in words.
    message: errorReason(error),
  });
}

/**
 * Save a batch of invoices (or reminders) as one PDF and, once it is saved,
 * record on each fee that it was invoiced; a cancelled save records nothing.
 * Used by the Fees page and by a person's page.
 */
export async function saveInvoices(
  t: TFunction,
  lang: Language,
  batch: InvoiceBatch,
  onProgress: (progress: number) => void,
): Promise<void> {
  const year = batch.invoices[0]?.year ?? Number(batch.issuedOn.slice(0, 4));
  const reminder = batch.kind === 'reminder';
  const name = t(reminder ? 'invoices.reminderFileName' : 'invoices.fileName', { year });
  const result = await savePdf(
    { kind: 'invoices', lang, model: batch },
    pdfFileName(name, batch.issuedOn),
    onProgress,
  );
  if (!result.saved) return;
  await recordInvoices(
    db,
    batch.invoices.map((i) => i.feeId),
    { kind: batch.kind, issuedOn: batch.issuedOn, dueOn: batch.dueOn },
  );
  notify(t, {
    color: 'green',
    message: t(reminder ? 'invoices.savedReminders' : 'invoices.saved', {
      count: batch.invoices.length,
    }),
  });
}
