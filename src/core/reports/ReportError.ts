import { translate } from '../i18n';
import { grantStatus, type Language } from '../schemas';

/**
 * Why a report cannot be made from the data and options given. `code` names a
 * message under `reports.errors` that the UI and CLI show in the user's language.
 */
export class ReportError extends Error {
  constructor(
    readonly code: 'noProfile' | 'noGrant' | 'grantNotFound' | 'badPeriod' | 'grantNotReceived',
    readonly params: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'ReportError';
  }
}

/** The reason of a ReportError in `lang`; a grant's `status` param is named in words. */
export function reportErrorText(error: ReportError, lang: Language): string {
  const params = { ...error.params };
  const status = grantStatus.safeParse(params.status);
  if (status.success) params.status = translate(lang, `ui.grants.statuses.${status.data}`);
  return translate(lang, `reports.errors.${error.code}`, params);
}
