/**
 * Read a duration as volunteers type it and return whole minutes, or null if it
 * cannot be read. Accepted: "1:30" (h:mm), "1,5" or "1.5" (hours with a
 * decimal comma or point), "2" (hours), "2 h", "90 min", "1 h 30 min", "1h30".
 * Fractions of a minute are rounded to the nearest minute.
 */
export function parseDuration(input: string): number | null {
  const s = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!s) return null;
  let m = /^(\d{1,2}):([0-5]\d)$/.exec(s);
  if (m) return Number(m[1]) * 60 + Number(m[2]);
  m = /^(\d{1,2})(?:[.,](\d{1,2}))?\s*(?:h|t|tuntia?|timmar?|hours?)?$/.exec(s);
  if (m) return Math.round(Number(`${m[1]}.${m[2] ?? '0'}`) * 60);
  m = /^(\d{1,4})\s*(?:min|minuuttia|minuter|minutes?)$/.exec(s);
  if (m) return Number(m[1]);
  m = /^(\d{1,2})\s*(?:h|t)\s*(\d{1,2})\s*(?:min)?$/.exec(s);
  if (m && Number(m[2]) < 60) return Number(m[1]) * 60 + Number(m[2]);
  return null;
}

/** Minutes as the h:mm a person would type back: 90 → "1:30". */
export function minutesToHhmm(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
