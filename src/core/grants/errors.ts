/**
 * Why a grant rule refused something. `code` names a message under
 * `grants.errors` (fi, sv, en) that the UI and CLI show in the user's language.
 */
export type GrantErrorCode =
  | 'sameStatus'
  | 'statusNotAllowed'
  | 'statusDateBeforePrevious'
  | 'invalidDate'
  | 'budgetLineHasExpenses'
  | 'budgetLineNotFound'
  | 'grantNotFound';

export type GrantRefusal = {
  ok: false;
  code: GrantErrorCode;
  params?: Record<string, string | number>;
};

export class GrantError extends Error {
  constructor(
    readonly code: GrantErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'GrantError';
  }
}
