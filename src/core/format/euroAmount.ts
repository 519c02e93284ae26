import type { Language } from '../schemas/common';

/** A value read from text a user typed or a file held: the value, or not readable. */
export type ParsedValue<T> = { ok: true; value: T } | { ok: false };

/**
 * The one reading of a euro amount a user typed, in a form or an imported
 * file, as integer cents: `1 250,50`, `1250.50`, `1.250,50`,
 * `€ 12`, `12 €`, `12 EUR`, with ordinary, no-break or thin spaces between
 * thousands, and `-` or U+2212 for a negative amount. More than two decimals,
 * or a lone separator followed by exactly three digits (`1,250`: a thousand or
 * one euro?), is not accepted rather than guessed.
 */
export function parseEuroAmount(text: string): ParsedValue<number> {
  let s = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/€|eur(?:oa?)?\b/gi, '')
    .replace(/[\s\u00a0\u202f\u2009']/g, '');
  let sign = 1;
  if (s.startsWith('-')) {
    sign = -1;
    s = s.slice(1);
  } else if (s.endsWith('-')) {
    // Some accounting exports put the minus last: "12,50-".
    sign = -1;
    s = s.slice(0, -1);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { ok: false };

  let integer: string;
  let decimals = '';
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both used: the later one is the decimal separator, the other groups thousands.
    const decimalAt = Math.max(lastComma, lastDot);
    const thousands = lastComma > lastDot ? '.' : ',';
    integer = s.slice(0, decimalAt);
    decimals = s.slice(decimalAt + 1);
    if (!isGrouped(integer, thousands)) return { ok: false };
    integer = integer.split(thousands).join('');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const parts = s.split(sep);
    if (parts.length === 2 && parts[1]!.length <= 2) {
      [integer, decimals] = parts as [string, string];
    } else if (parts.length > 2 && isGrouped(s, sep)) {
      integer = parts.join('');
    } else {
      return { ok: false };
    }
  } else {
    integer = s;
  }
  if (!/^\d+$/.test(integer) || !/^\d{0,2}$/.test(decimals)) return { ok: false };
  const cents = Number(integer) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return { ok: false };
  return { ok: true, value: sign * cents || 0 };
}

/** "1.250.000" grouped by "." : first group 1–3 digits, the rest exactly 3. */
function isGrouped(s: string, sep: string): boolean {
  const groups = s.split(sep);
  return /^\d{1,3}$/.test(groups[0]!) || (groups.length === 1 && /^\d+$/.test(groups[0]!))
    ? groups.slice(1).every((g) => /^\d{3}$/.test(g))
    : false;
}

/** What the user typed in an optional euro field: nothing, a whole number of cents, or not an amount. */
export type EuroField = { kind: 'empty' } | { kind: 'cents'; cents: number } | { kind: 'invalid' };

/**
 * An optional euro field of a form, read with parseEuroAmount: blank is
 * empty, and a negative amount is not accepted unless `allowNegative`.
 */
export function readEuroField(text: string, { allowNegative = false } = {}): EuroField {
  if (text.trim() === '') return { kind: 'empty' };
  const parsed = parseEuroAmount(text);
  if (!parsed.ok || (!allowNegative && parsed.value < 0)) return { kind: 'invalid' };
  return { kind: 'cents', cents: parsed.value };
}

/** Cents as an editable amount without the euro sign, which parseEuroAmount reads back: 2500 → "25,00" (en: "25.00"). */
export function editableEuros(cents: number, lang: Language): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const rest = String(abs % 100).padStart(2, '0');
  return `${sign}${Math.floor(abs / 100)}${lang === 'en' ? '.' : ','}${rest}`;
}
