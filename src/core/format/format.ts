import { associationClock } from '../dates/today';
import type { Language } from '../schemas/common';

// Where callers have always found today's date; the rule itself lives in core/dates.
export { todayIso } from '../dates/today';

const NBSP = '\u00a0';
const MINUS = '\u2212';

function groupThousands(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/**
 * Money from integer cents, as Finnish and Swedish readers expect:
 * 1 234,50 € with no-break spaces and a real minus sign (U+2212).
 * English: €1,234.50.
 */
export function formatMoney(cents: number, lang: Language = 'fi'): string {
  const negative = cents < 0;
  const abs = Math.abs(Math.round(cents));
  const euros = Math.floor(abs / 100).toString();
  const rest = (abs % 100).toString().padStart(2, '0');
  if (lang === 'en') {
    return `${negative ? MINUS : ''}€${groupThousands(euros, ',')}.${rest}`;
  }
  return `${negative ? MINUS : ''}${groupThousands(euros, NBSP)},${rest}${NBSP}€`;
}

/** A whole number with thousands grouped (no-break space in fi/sv, comma in en). */
export function formatInteger(n: number, lang: Language = 'fi'): string {
  const s = groupThousands(Math.abs(Math.round(n)).toString(), lang === 'en' ? ',' : NBSP);
  return n < 0 ? MINUS + s : s;
}

// en-US's short month names ("Sep", never en-GB's newer "Sept"), read from Intl
// rather than spelled out here; the day-month-year order is ours.
const englishMonth = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });

/** A calendar date YYYY-MM-DD as 22.11.2026 (fi, sv) or 22 Nov 2026 (en). */
export function formatDate(isoDate: string, lang: Language = 'fi'): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  if (lang === 'en') return `${d} ${englishMonth.format(Date.UTC(2000, m - 1, 1))} ${y}`;
  return `${d}.${m}.${y}`;
}

/** Minutes as hours and minutes: "12 h 30 min" (fi/sv/en use the same symbols). */
export function formatMinutes(totalMinutes: number, lang: Language = 'fi'): string {
  const h = Math.floor(totalMinutes / 60);
  const m = totalMinutes % 60;
  const hours = formatInteger(h, lang);
  return m === 0 ? `${hours}${NBSP}h` : `${hours}${NBSP}h ${m}${NBSP}min`;
}

/** How far `done` of `total` is, 0–100 (0 while the total is not known yet). */
export function progressPercent(done: number, total: number): number {
  return total > 0 ? Math.min(100, Math.max(0, (100 * done) / total)) : 0;
}

/** A moment on the association's clock (see associationClock): 1.12.2026 klo 14.05 (fi), 1.12.2026 kl. 14.05 (sv), 1 Dec 2026 14:05 (en). */
export function formatMoment(at: Date, lang: Language = 'fi'): string {
  const { date: day, hours: hh, minutes: mm } = associationClock(at);
  const date = formatDate(day, lang);
  if (lang === 'en') return `${date} ${hh}:${mm}`;
  return `${date} ${lang === 'sv' ? 'kl.' : 'klo'} ${hh}.${mm}`;
}

/** A file size as people read it: 850 kt / 12,3 Mt (fi), kB / MB (sv, en). */
export function formatFileSize(bytes: number, lang: Language = 'fi'): string {
  const [kb, mb] = lang === 'fi' ? ['kt', 'Mt'] : ['kB', 'MB'];
  if (bytes < 1024 * 1024)
    return `${formatInteger(Math.max(1, Math.round(bytes / 1024)), lang)}${NBSP}${kb}`;
  const value = (bytes / (1024 * 1024)).toFixed(1);
  return `${lang === 'en' ? value : value.replace('.', ',')}${NBSP}${mb}`;
}
