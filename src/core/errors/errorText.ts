import { ApprovalError } from '../hours/approval';
import { HourEditError } from '../hours/editHours';
import { GrantError } from '../grants/errors';
import { InvoiceError } from '../invoices/InvoiceError';
import { ImportFileError } from '../import/ImportFileError';
import { ReportError, reportErrorText } from '../reports/ReportError';
import { translate } from '../i18n/translate';
import type { Language } from '../schemas/common';

/**
 * An error whose message is already written for the user, in their language
 * (e.g. a refused save naming the file). errorText shows its message as is.
 */
export type UserFacing = { readonly userFacing: true };

/** An Error whose message is already the user's sentence (see UserFacing). */
export class UserFacingError extends Error implements UserFacing {
  readonly userFacing = true as const;
}

function isUserFacing(e: unknown): e is Error & UserFacing {
  return e instanceof Error && (e as Partial<UserFacing>).userFacing === true;
}

/**
 * What to tell the user about a failed action, in their language: core's
 * errors by their code, storage errors (Dexie, IndexedDB) by kind, a record
 * refused by its schema as such, everything else as one generic message.
 * Raw messages (Dexie's, zod's, the file system's) never reach the user; the
 * technical text goes to the console for a bug report.
 */
export function errorText(e: unknown, lang: Language): string {
  if (isUserFacing(e)) return e.message;
  if (e instanceof ReportError) return reportErrorText(e, lang);
  if (e instanceof GrantError) return translate(lang, `grants.errors.${e.code}`, e.params);
  if (e instanceof InvoiceError) return translate(lang, `invoices.errors.${e.code}`, e.params);
  if (e instanceof HourEditError) return translate(lang, `hourEdit.errors.${e.code}`);
  if (e instanceof ImportFileError)
    return translate(lang, `memberImport.errors.${e.code}`, e.params);
  if (e instanceof ApprovalError) return translate(lang, `hourApproval.errors.${e.code}`);
  console.error(e);
  const name = e instanceof Error ? e.name : '';
  // Dexie names its errors after the IndexedDB ones (QuotaExceededError, DatabaseClosedError…).
  if (name === 'QuotaExceededError') return translate(lang, 'errors.storageFull');
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError' || name === 'OpenFailedError')
    return translate(lang, 'errors.storageClosed');
  if (name === 'ValidationError' || name === 'ZodError')
    return translate(lang, 'errors.invalidRecord');
  return translate(lang, 'errors.unexpected');
}
