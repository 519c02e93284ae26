import type { Language } from '../../../../core/schemas';

/** What the user typed in a euro field: empty, a whole number of cents, or not an amount. */
export type ParsedEuros =
  { kind: 'empty' } | { kind: 'cents'; cents: number } | { kind: 'invalid' };

/**
 * Read a euro amount as people type it: "25", "25,5", "25,50", "1 250,00 €",
 * "25.50". A comma or a point is the decimal separator; spaces (also no-break)
 * and a euro sign are ignored. At most two decimals, never negative.
 */
export function parseEuros(text: string): ParsedEuros {
  const s = text.replace(/[\s\u00a0\u202f€]/g, '');
  if (s === '') return { kind: 'empty' };
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(s);
  if (!match) return { kind: 'invalid' };
  const euros = Number(match[1]);
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  return { kind: 'cents', cents: euros * 100 + cents };
}

/** Cents as an editable amount without the euro sign: 2500 → "25,00" (en: "25.00"). */
export function eurosText(cents: number, lang: Language): string {
  const euros = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  return `${euros}${lang === 'en' ? '.' : ','}${rest}`;
}
