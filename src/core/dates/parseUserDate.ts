import { isCalendarDate, type Language } from '../schemas/common';

// Month names a user may type in English or Swedish ("1 Dec 2026", "1 december
// 2026", "Dec 1, 2026", "1 dec. 2026"): the first three letters identify the
// month in both languages ("maj" is May, "okt" October).
const monthPrefixes: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  maj: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  okt: 10,
  nov: 11,
  dec: 12,
};

function iso(y: number, m: number, d: number): string | null {
  const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isCalendarDate(s) ? s : null;
}

/** A typed year: four digits as they are, two digits as 20YY (nobody here records the 1900s by two digits). */
function year(text: string | undefined, today: string): number | null {
  if (text === undefined || text === '') return Number(today.slice(0, 4));
  if (/^\d{4}$/.test(text)) return Number(text);
  if (/^\d{2}$/.test(text)) return 2000 + Number(text);
  return null;
}

function monthByName(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return name.replace(/\.$/, '').length >= 3 ? (monthPrefixes[key] ?? null) : null;
}

/**
 * A date as a user types it, as `YYYY-MM-DD`, or null when it is not one.
 *
 * Every language accepts the Finnish way `1.12.2026`, `01.12.2026`,
 * `1.12.26` (20YY), `1.12.` and `1.12` (this year, from `today`), and ISO
 * `2026-12-01`. English also takes `1/12/2026` (day first, as in Britain
 * and Finland — never the US month first), `1 Dec 2026`, `1 December 2026`
 * and `Dec 1, 2026`; Swedish `1 dec 2026` and `1 december 2026`. A date that
 * does not exist (31.2.2026) or lies outside 1900–2100 is null: the user
 * sees a message instead of a silently changed date.
 */
export function parseUserDate(text: string, lang: Language, today: string): string | null {
  const s = text.trim().replace(/\s+/g, ' ');
  if (s === '') return null;

  // ISO, the format the records use (also 2026-1-5).
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));

  // Day first with dots: 1.12.2026, 1.12.26, 1.12., 1.12 (spaces after the dots are forgiven).
  m = /^(\d{1,2})\. ?(\d{1,2})(?:\.(?: ?(\d{2}|\d{4}))?)?$/.exec(s);
  if (m) {
    const y = year(m[3], today);
    return y === null ? null : iso(y, Number(m[2]), Number(m[1]));
  }

  if (lang === 'en') {
    // Day first with slashes, as written in Britain and Finland: 1/12/2026, 1/12.
    m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(s);
    if (m) {
      const y = year(m[3], today);
      return y === null ? null : iso(y, Number(m[2]), Number(m[1]));
    }
  }

  if (lang === 'en' || lang === 'sv') {
    // 1 Dec 2026, 1 december 2026, 1 Dec (this year).
    m = /^(\d{1,2})\.? ([a-zåäö]+\.?),? ?(\d{4})?$/i.exec(s);
    if (m) {
      const month = monthByName(m[2]!);
      const y = year(m[3], today);
      return month === null || y === null ? null : iso(y, month, Number(m[1]));
    }
    // Dec 1, 2026 / Dec 1 2026 / December 1.
    m = /^([a-zåäö]+\.?) (\d{1,2}),? ?(\d{4})?$/i.exec(s);
    if (m) {
      const month = monthByName(m[1]!);
      const y = year(m[3], today);
      return month === null || y === null ? null : iso(y, month, Number(m[2]));
    }
  }
  return null;
}
