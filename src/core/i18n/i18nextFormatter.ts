import { languageCodes, type Language } from '../schemas/common';
import { formatMessageValue } from './translate';

function asLanguage(lng: string | undefined): Language {
  return (languageCodes as readonly string[]).includes(lng ?? '') ? (lng as Language) : 'fi';
}

/**
 * A formatter module for i18next (`i18next.use(i18nextFormatter)` with
 * `interpolation.alwaysFormat`), so the renderer's `t` writes every value by
 * core's rule, a count grouped by thousands, exactly as `translate` does.
 * Plain data: core does not import i18next.
 */
export const i18nextFormatter = {
  type: 'formatter' as const,
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  format: (
    value: unknown,
    _format: string | undefined,
    lng: string | undefined,
    options?: { interpolationkey?: string },
  ) => formatMessageValue(options?.interpolationkey ?? '', value, asLanguage(lng)),
};
