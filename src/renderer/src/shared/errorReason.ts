import { errorText } from '../../../core/errors';
import { i18next } from '../i18n';

/**
 * Why an action failed, for a notification or an alert, in the current UI
 * language: core's errorText (never a raw Dexie, zod or file-system message).
 */
export function errorReason(e: unknown): string {
  const lang = i18next.resolvedLanguage ?? i18next.language;
  return errorText(e, lang === 'sv' || lang === 'en' ? lang : 'fi');
}
