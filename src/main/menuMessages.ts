import type { Language } from '../core/schemas/common';

/** A language from a locale (`app.getLocale()`): sv-*, en-*, otherwise Finnish. */
export function menuLanguage(locale: string): Language {
  const prefix = locale.split(/[-_]/)[0]?.toLowerCase();
  return prefix === 'sv' || prefix === 'en' ? prefix : 'fi';
}
