// Calendar-date arithmetic on YYYY-MM-DD strings, in UTC so no time zone shifts a day.

const dayMs = 86_400_000;
const toTime = (date: string) => Date.parse(`${date}T00:00:00.000Z`);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / dayMs);
}
