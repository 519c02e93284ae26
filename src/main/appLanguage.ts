// The app's language as main knows it. The renderer keeps the user's choice
// (localStorage) and tells main on every change through `setLanguage`; main
// writes it to `<userData>/language.json`. Chromium's locale — what native
// parts of the window (spellcheck, context menus, any built-in date or number
// formatting) follow — can only be set before the app is ready, so a change
// takes effect at the next start: `applyStoredLanguage` runs before ready.
// Node built-ins and the atomic writer are passed in for the unit tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { atomicWrite } from '../node/atomicWrite';

export const appLanguages = ['fi', 'sv', 'en'] as const;
export type AppLanguage = (typeof appLanguages)[number];

/** The file in userData that carries the language from one start to the next. */
export const LANGUAGE_FILE = 'language.json';

const languageFileSchema = z.object({ language: z.enum(appLanguages) });

/**
 * Chromium's `--lang` for an app language. English is British English: day
 * before month, as the app itself writes dates in English (1 Dec 2026), never
 * the US month-first order.
 */
export function chromiumLocale(language: AppLanguage): string {
  return language === 'en' ? 'en-GB' : language;
}

/** The language stored in `userDataDir`, or null when none was stored yet (or the file is unreadable). */
export function readStoredLanguage(
  userDataDir: string,
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): AppLanguage | null {
  try {
    const parsed = languageFileSchema.safeParse(
      JSON.parse(readFile(join(userDataDir, LANGUAGE_FILE))),
    );
    return parsed.success ? parsed.data.language : null;
  } catch {
    return null; // first start, or a damaged file: Chromium keeps the system's locale
  }
}

/**
 * Before ready: set Chromium's locale from the stored language. Returns the
 * language applied, or null (nothing stored: the system's locale stays, and
 * the app's own texts and dates follow the app's language anyway).
 */
export function applyStoredLanguage(
  commandLine: { appendSwitch: (name: string, value?: string) => void },
  userDataDir: string,
  readFile?: (path: string) => string,
): AppLanguage | null {
  const language = readStoredLanguage(userDataDir, readFile);
  if (language) commandLine.appendSwitch('lang', chromiumLocale(language));
  return language;
}

/** Store the app's language for the next start, atomically (never half a file). */
export async function storeLanguage(
  userDataDir: string,
  language: AppLanguage,
  write: (path: string, data: string) => Promise<void> = atomicWrite,
): Promise<void> {
  await write(join(userDataDir, LANGUAGE_FILE), `${JSON.stringify({ language })}\n`);
}
