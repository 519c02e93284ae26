import { languageCodes, type Language } from '../core/schemas';
import { cliMessages } from './cliMessages';

type CliKey = keyof (typeof cliMessages)['fi'];

/** What every command gets: the language, output that tests can capture, and the clock (tests pass a fixed one). */
export type CliContext = {
  lang: Language;
  out: (line: string) => void;
  err: (line: string) => void;
  now: () => Date;
};

/** A CLI message in the user's language, with {{name}} filled in. */
export function say(
  ctx: CliContext,
  key: CliKey,
  params: Record<string, string | number> = {},
): string {
  return fill(cliMessages[ctx.lang][key], params);
}

/** `template` with each {{name}} replaced by its parameter. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, n: string) => String(params[n] ?? `{{${n}}}`));
}

/** --lang wins, then the LANG environment variable, then Finnish. */
export function pickLanguage(flag: string | undefined, envLang: string | undefined): Language {
  const fromEnv = (envLang ?? '').slice(0, 2);
  const wanted = flag ?? fromEnv;
  return (languageCodes as readonly string[]).includes(wanted) ? (wanted as Language) : 'fi';
}

/** Thrown for wrong usage: exit code 2 and the message. */
export class UsageError extends Error {}
