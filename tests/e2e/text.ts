import {
  formatMessageValue,
  messageIfKnown,
  translate,
  type MessageKey,
} from '../../src/core/i18n';
import type { Lang } from './pages/TalkootApp';

/**
 * UI text for the e2e specs, read from the app's own message catalogue, so a
 * spec names a message by its key instead of carrying a Finnish copy that
 * drifts from the app. Data the user types (names, amounts) stays literal.
 * `t` mirrors the renderer's `t` (typed keys); it is not called `text`
 * because the specs use that name for the PDF or file text they read back.
 */

type Params = Record<string, string | number>;

const placeholder = /\{\{\s*(\w+)\s*\}\}/g;

/** The message as stored, `{{name}}` placeholders kept; an unknown key fails the test. */
function template(key: MessageKey, lang: Lang): string {
  const message = translate(lang, key);
  if (message === key) throw new Error(`No message ${key} in ${lang}`);
  return message;
}

/** The message `key` as the app shows it (Finnish unless `lang`), `{{name}}` filled from `params`. */
export function t(key: MessageKey, params: Params = {}, lang: Lang = 'fi'): string {
  template(key, lang);
  const shown = translate(lang, key, params);
  const missing = /\{\{\s*(\w+)\s*\}\}/.exec(shown);
  if (missing) throw new Error(`t('${key}') needs a value for {{${missing[1]}}}`);
  return shown;
}

/** `s` as the source of a RegExp that matches it literally (data next to a message). */
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The stored forms `re` matches: a plural message by the form its numeric
 * `count` picks, or, when the count is a pattern or not given, by either form
 * (`_other` first, so "5 päivää" is not cut to "5 päivä").
 */
function templates(key: MessageKey, lang: Lang, count: unknown): string[] {
  const other = messageIfKnown(lang, `${key}_other`);
  if (other === undefined) return [template(key, lang)];
  const one = messageIfKnown(lang, `${key}_one`);
  if (typeof count === 'number')
    return [new Intl.PluralRules(lang).select(count) === 'one' ? (one ?? other) : other];
  return one !== undefined && one !== other ? [other, one] : [other];
}

/**
 * The message `key` as a regular expression: its text taken literally, each
 * `{{name}}` matched by `params[name]` (a string literally, a number as the
 * app writes it, a RegExp by its pattern) or, when not given, by any text.
 * A plural message matches the form a numeric `count` picks, else either form.
 * `exact` anchors it (`^…$`); `flags` are the RegExp's flags (`i` where the
 * case differs on screen).
 */
export function re(
  key: MessageKey,
  params: Record<string, string | number | RegExp> = {},
  { exact = false, lang = 'fi', flags = '' }: { exact?: boolean; lang?: Lang; flags?: string } = {},
): RegExp {
  const sources = templates(key, lang, params.count).map((stored) =>
    stored
      .split(placeholder)
      // split() with a capture group alternates literal text and placeholder names.
      .map((part, i) => {
        if (i % 2 === 0) return escape(part);
        const value = params[part];
        if (value === undefined) return '.*?';
        if (value instanceof RegExp) return `(?:${value.source})`;
        return escape(String(formatMessageValue(part, value, lang)));
      })
      .join(''),
  );
  const source = sources.length === 1 ? sources[0]! : `(?:${sources.join('|')})`;
  return new RegExp(exact ? `^${source}$` : source, flags);
}

/** The message `key` in each language, for specs that switch language. */
export function inEvery(key: MessageKey, params: Params = {}): Record<Lang, string> {
  return { fi: t(key, params, 'fi'), sv: t(key, params, 'sv'), en: t(key, params, 'en') };
}

/** One of the message `key`'s three translations, as an exact RegExp (a language switch in flight). */
export function anyLanguage(key: MessageKey): RegExp {
  const all = Object.values(inEvery(key)).map(escape);
  return new RegExp(`^(${all.join('|')})$`);
}
