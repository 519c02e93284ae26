import type { GrantStatus } from '../schemas';

/** Statuses of a grant the association actually received (money was granted). */
export const receivedGrantStatuses = ['granted', 'partlyGranted', 'reported', 'closed'] as const;
export type ReceivedGrantStatus = (typeof receivedGrantStatuses)[number];

/** True for a grant the association received: the one rule reports, lists and the CLI use. */
export function isReceivedStatus(status: GrantStatus): status is ReceivedGrantStatus {
  return (receivedGrantStatuses as readonly string[]).includes(status);
}

/** True for a grant whose status is one the association received. */
export function isReceivedGrant<G extends { status: GrantStatus }>(
  grant: G,
): grant is G & { status: ReceivedGrantStatus } {
  return isReceivedStatus(grant.status);
}

/** Statuses after the funder's decision (received or rejected): where the grant's decision date applies. */
export const decidedGrantStatuses = [...receivedGrantStatuses, 'rejected'] as const;

/** True for a grant the funder has decided on, either way. */
export function isDecidedStatus(status: string): boolean {
  return (decidedGrantStatuses as readonly string[]).includes(status);
}
