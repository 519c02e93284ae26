import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nextFormatter, messages } from '../../core/i18n';
import { languageCodes, type Language } from '../../core/schemas';

const STORAGE_KEY = 'talkoot.language';

/** The language the user chose last, or Finnish. */
export function storedLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  return (languageCodes as readonly string[]).includes(saved ?? '') ? (saved as Language) : 'fi';
}

/** Tell Electron's main the language, for Chromium's locale at the next start (no-op in a browser). */
function tellMain(lang: Language): void {
  // A failure only means the old locale stays one more start; nothing to show the user.
  void globalThis.window?.api?.setLanguage({ language: lang }).catch(() => undefined);
}

export function rememberLanguage(lang: Language): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  tellMain(lang);
}

void i18next
  .use(initReactI18next)
  .use(i18nextFormatter)
  .init({
    resources: {
      fi: { translation: messages.fi },
      sv: { translation: messages.sv },
      en: { translation: messages.en },
    },
    lng: storedLanguage(),
    fallbackLng: 'fi',
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
  });
document.documentElement.lang = storedLanguage();
// Also at every start, so a language chosen before main kept it is kept from now on.
tellMain(storedLanguage());

export { i18next };
