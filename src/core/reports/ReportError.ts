/**
 * Why a report cannot be made from the data and options given. `code` names a
 * message under `reports.errors` that the UI and CLI show in the user's language.
 */
export class ReportError extends Error {
  constructor(
    readonly code: 'noProfile' | 'noGrant' | 'grantNotFound' | 'badPeriod',
    readonly params: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'ReportError';
  }
}
