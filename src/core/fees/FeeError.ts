import type { MembershipType } from '../schemas';

/**
 * Why fees cannot be generated or marked. `code` names a message under
 * `fees.errors` that the UI and CLI show in the user's language.
 */
export class FeeError extends Error {
  constructor(
    readonly code: 'badYear' | 'badDate' | 'noAmount',
    readonly params: { membershipType?: MembershipType; value?: string } = {},
  ) {
    super(params.membershipType ? `${code}: ${params.membershipType}` : code);
    this.name = 'FeeError';
  }
}
