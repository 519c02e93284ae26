/**
 * Counts of people under this are never written into a summary: in a patient
 * association, "3 members in Kihniö" can tell who has the illness.
 */
export const SMALL_COUNT_LIMIT = 5;

/** A count of people as a summary holds it: the number, or `"<5"` for 1–4. */
export type SmallCount = number | '<5';

/**
 * `n` as a summary may hold it: 0 and counts of 5 or more as they are, 1–4 as
 * `"<5"`. Zero tells nothing about anyone, so it stays a zero.
 */
export function suppressSmall(n: number): SmallCount {
  return n > 0 && n < SMALL_COUNT_LIMIT ? '<5' : n;
}

/**
 * A sum of small counts that never reconstructs a suppressed one: the known
 * part, and how many were `"<5"` (each 1–4), so the total lies in
 * `[known + hidden, known + 4 × hidden]`.
 */
export type SmallSum = { known: number; hidden: number };

export const emptySmallSum = (): SmallSum => ({ known: 0, hidden: 0 });

export function addSmall(sum: SmallSum, count: SmallCount): SmallSum {
  return count === '<5'
    ? { known: sum.known, hidden: sum.hidden + 1 }
    : { known: sum.known + count, hidden: sum.hidden };
}

/** The range a sum stands for: exact when nothing was suppressed. */
export function smallSumRange(sum: SmallSum): { min: number; max: number } {
  return {
    min: sum.known + sum.hidden,
    max: sum.known + (SMALL_COUNT_LIMIT - 1) * sum.hidden,
  };
}
