import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/schemas';

/** The current UI language as a Talkoot language code. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? i18n.language;
  return lang === 'sv' || lang === 'en' ? lang : 'fi';
}
