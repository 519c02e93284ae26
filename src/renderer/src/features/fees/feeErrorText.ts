import type { TFunction } from 'i18next';
import { FeeError } from '../../../../core/fees';
import type { MembershipType } from '../../../../core/schemas';
import { errorReason } from '../../shared/errorReason';

/** Membership type names in the user's language, joined: "nuorisojäsen, perhejäsen". */
export function typeNames(t: TFunction, types: readonly MembershipType[]): string {
  return types.map((type) => t(`fees.types.${type}`)).join(', ');
}

/** Why a fee action failed, in the user's language: FeeError codes by name, anything else as is. */
export function feeErrorText(t: TFunction, e: unknown): string {
  if (e instanceof FeeError) {
    return t(`fees.errors.${e.code}`, {
      value: e.params.value ?? '',
      membershipType: e.params.membershipType ? typeNames(t, [e.params.membershipType]) : '',
    });
  }
  return t('fees.saveFailed', { error: errorReason(e) });
}
