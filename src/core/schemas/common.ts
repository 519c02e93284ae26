import { z } from 'zod';

/** The earliest and latest year a date in a record may have. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** True when `s` is a real calendar date written as YYYY-MM-DD (rejects 2024-02-31) in 1900–2100. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  // Years outside 1900–2100 are typing mistakes (0001, 9999), not records of an association.
  if (y < MIN_YEAR || y > MAX_YEAR) return false;
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

/** A calendar date as `YYYY-MM-DD`; never a Date object. */
export const isoDate = z.string().refine(isCalendarDate, { message: 'invalidDate' });

/** A moment as an ISO 8601 timestamp (UTC, as written by `toISOString`). */
export const isoDateTime = z.iso.datetime({ offset: true });

/** Record ids are UUID strings. */
export const id = z.uuid();

/** Money in integer euro cents. */
export const cents = z.number().int();

/** A duration in whole minutes. */
export const minutes = z.number().int().nonnegative();

/** The longest one hour entry or session may be: one whole day. The forms check against it too. */
export const MAX_DURATION_MINUTES = 24 * 60;

/** A non-negative whole count (participants, sessions, …). */
export const count = z.number().int().nonnegative();

export const optionalText = z.string().max(10_000).optional();

export const languageCodes = ['fi', 'sv', 'en'] as const;
export const language = z.enum(languageCodes);
export type Language = z.infer<typeof language>;

/** Fields every stored record carries. `deletedAt` set = in the trash (soft delete). */
export const recordBase = {
  id,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  deletedAt: isoDateTime.nullable().default(null),
};

/**
 * `Omit` that keeps known keys next to an index signature. The built-in `Omit`
 * maps over `keyof T`, which for a loose object is just `string`, so it would
 * erase every declared field and let any object through.
 */
export type OmitKeys<T, K extends PropertyKey> = {
  [P in keyof T as P extends K ? never : P]: T[P];
};

/** The fields a caller supplies; the repository stamps the rest. */
export type Draft<T> = OmitKeys<T, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> & {
  id?: string;
};
