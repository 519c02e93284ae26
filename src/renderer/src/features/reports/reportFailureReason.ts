import { ReportError, reportErrorText } from '../../../../core/reports';
import type { Language } from '../../../../core/schemas';
import { errorReason } from '../../shared/errorReason';

/** Why a report cannot be made, in the user's language. */
export function reportFailureReason(error: unknown, lang: Language): string {
  if (error instanceof ReportError) return reportErrorText(error, lang);
  return errorReason(error);
}
