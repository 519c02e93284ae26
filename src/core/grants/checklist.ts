import { translate } from '../i18n/translate';
import type { Funder, Language } from '../schemas';

/** The documents most funders ask for with a report; their labels are messages. */
export const defaultChecklistKeys = [
  'financialStatements',
  'auditorsReport',
  'annualReport',
  'minutes',
  'receipts',
] as const;

/**
 * The checklist a new funder starts with, in the user's language. The labels
 * are copied into the funder as data: the user may edit them, and they do not
 * change when the app's language does.
 */
export function defaultFunderChecklist(lang: Language): string[] {
  return defaultChecklistKeys.map((k) => translate(lang, `grants.defaultChecklist.${k}`));
}

/** The checklist items of a new grant, copied from its funder's list. */
export function checklistFromFunder(
  funder: Pick<Funder, 'defaultChecklist'> | undefined,
  grantId: string,
): { grantId: string; label: string; done: false; position: number }[] {
  return (funder?.defaultChecklist ?? []).map((label, position) => ({
    grantId,
    label,
    done: false,
    position,
  }));
}
