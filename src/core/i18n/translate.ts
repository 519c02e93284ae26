import { formatInteger } from '../format/format';
import type { Language } from '../schemas/common';
import { messages, type MessageTree } from './messages';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** The plural suffixes i18next uses (from `Intl.PluralRules`); fi, sv and en need `_one` and `_other`. */
type PluralSuffix = `_${Intl.LDMLPluralRule}`;

/** Every leaf of the catalogue, plural forms by their full name (`foo_one`). */
type LeafKey = Leaves<MessageTree>;

/**
 * Every translation key, typed from the Finnish source messages. A plural
 * message is named without its suffix (`foo` for `foo_one`/`foo_other`), as
 * i18next's `t` names it, and is chosen by `params.count`.
 */
export type MessageKey = LeafKey extends infer K
  ? K extends `${infer Base}_other`
    ? Base
    : K extends `${string}${PluralSuffix}`
      ? never
      : K
  : never;

/** The keys below `prefix.` with the prefix removed: `MessageKeyUnder<'reports'>` has `'errors.noData'`… */
export type MessageKeyUnder<P extends string> = MessageKey extends infer K
  ? K extends `${P}.${infer Rest}`
    ? Rest
    : never
  : never;

/** Parameters of a message; `count` picks the plural form and is grouped by thousands. */
export type MessageParams = Record<string, string | number>;

function lookup(lang: Language, key: string): string | undefined {
  let node: unknown = messages[lang];
  for (const part of key.split('.')) {
    node =
      node && typeof node === 'object' && Object.hasOwn(node, part)
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

const pluralRules = new Map<Language, Intl.PluralRules>();
function pluralCategory(lang: Language, count: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/**
 * How an interpolated value is written, the same in `translate` and in the
 * renderer's i18next (its `interpolation.format`): a numeric `count` gets the
 * language's thousands grouping ("1 250", "1,250"); everything else as given.
 * Only `count`, because other numbers (years, row numbers) must stay ungrouped.
 */
export function formatMessageValue(name: string, value: unknown, lang: Language): unknown {
  return name === 'count' && typeof value === 'number' ? formatInteger(value, lang) : value;
}

/**
 * Look up a message outside React (CLI, PDFs, core errors); `{{name}}` is
 * interpolated. With a numeric `params.count` the plural form is chosen as
 * i18next does: `key_one`/`key_other` by `Intl.PluralRules`, then `key`.
 */
export function translate(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  // The types rule out unknown keys; one seen here anyway (a cast) shows as itself.
  return messageIfKnown(lang, key, params) ?? key;
}

/**
 * The message named by a key that comes from data at run time (a data file's
 * issue codes and field names), or undefined when the catalogue has none.
 * Code that names its keys uses `translate`, whose keys are checked by the types.
 */
export function messageIfKnown(
  lang: Language,
  key: string,
  params: MessageParams = {},
): string | undefined {
  const count = params.count;
  const text =
    (typeof count === 'number'
      ? (lookup(lang, `${key}_${pluralCategory(lang, count)}`) ?? lookup(lang, `${key}_other`))
      : undefined) ??
    lookup(lang, key) ??
    // A plural message given no numeric count still reads as a sentence, never as its key.
    lookup(lang, `${key}_other`);
  return text?.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) =>
    name in params ? String(formatMessageValue(name, params[name], lang)) : `{{${name}}}`,
  );
}

/**
 * `translate` for the messages under one prefix, for a module that uses many of
 * them: `const t = scopedTranslate(lang, 'grantReport'); t('title')`.
 */
export function scopedTranslate<P extends string>(
  lang: Language,
  prefix: P,
): (key: MessageKeyUnder<P>, params?: MessageParams) => string {
  return (key, params) => translate(lang, `${prefix}.${key}` as MessageKey, params);
}
