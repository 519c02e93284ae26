import type { SeededRandom } from './random';

/** What every table's generator shares: one random stream, drawn in a fixed order, and the demo's dates. */
export type DemoContext = {
  rnd: SeededRandom;
  today: string;
  /** The calendar year of `today`. */
  year: number;
  /** 1 January of the year before `today`: where the demo's records begin. */
  start: string;
  clampToday: (date: string) => string;
};

/** The demo's clock: every record is stamped at nine in the morning of its date. */
export const stamp = (date: string) => `${date}T09:00:00.000Z`;
/** Id, stamps and "not in the trash" of a demo record created on `date`. */
export const base = (id: string, date: string) => ({
  id,
  createdAt: stamp(date),
  updatedAt: stamp(date),
  deletedAt: null,
});

/** The month and day of month of a YYYY-MM-DD date, as numbers. */
export const month = (date: string) => Number(date.slice(5, 7));
export const day = (date: string) => Number(date.slice(8, 10));
