import { translate, type MessageKeyUnder, type MessageParams } from '../core/i18n';
import { languageCodes, type Language } from '../core/schemas';

/** What every command gets: the language, output that tests can capture, and the clock (tests pass a fixed one). */
export type CliContext = {
  lang: Language;
  out: (line: string) => void;
  err: (line: string) => void;
  now: () => Date;
};

/** A CLI message (`cli.*` in the app's catalogue) in the user's language. */
export function say(
  ctx: CliContext,
  key: MessageKeyUnder<'cli'>,
  params: MessageParams = {},
): string {
  return translate(ctx.lang, `cli.${key}`, params);
}

/** --lang wins, then the LANG environment variable, then Finnish. */
export function pickLanguage(flag: string | undefined, envLang: string | undefined): Language {
  const fromEnv = (envLang ?? '').slice(0, 2);
  const wanted = flag ?? fromEnv;
  return (languageCodes as readonly string[]).includes(wanted) ? (wanted as Language) : 'fi';
}

/** Thrown for wrong usage: exit code 2 and the message. */
export class UsageError extends Error {}
