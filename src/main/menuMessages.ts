import { desktopMessages } from '../core/i18n/messages/desktop';
import type { Language } from '../core/schemas/common';

/**
 * Labels of the application menu and the text-field context menu, from the
 * app's one message catalogue (`desktop.menu` in src/core/i18n/messages).
 */
export const menuMessages = {
  fi: desktopMessages.fi.menu,
  sv: desktopMessages.sv.menu,
  en: desktopMessages.en.menu,
};

/** A language from a locale (`app.getLocale()`): sv-*, en-*, otherwise Finnish. */
export function menuLanguage(locale: string): Language {
  const prefix = locale.split(/[-_]/)[0]?.toLowerCase();
  return prefix === 'sv' || prefix === 'en' ? prefix : 'fi';
}
