import { parseDuration } from './parseDuration';

/** The most one hour entry may hold: one day. */
export const MAX_ENTRY_MINUTES = 24 * 60;
/** From this length on, the form asks the user to look again (a likely typing mistake). */
export const LONG_ENTRY_MINUTES = 12 * 60;

/** Why a typed duration is refused; names a message under `hourEdit.duration`. */
export type DurationProblem = 'unreadable' | 'zero' | 'tooLong';

/**
 * Read a typed duration for an hour entry or a session: whole minutes, or the
 * reason it is refused. "24:00" and anything longer is refused: one entry is
 * one day's work, and 24 hours without sleep is a typing mistake.
 */
export function checkDuration(
  input: string,
): { minutes: number; long: boolean } | { problem: DurationProblem } {
  const minutes = parseDuration(input);
  if (minutes === null) return { problem: 'unreadable' };
  if (minutes === 0) return { problem: 'zero' };
  if (minutes >= MAX_ENTRY_MINUTES) return { problem: 'tooLong' };
  return { minutes, long: minutes >= LONG_ENTRY_MINUTES };
}
