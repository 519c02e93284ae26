import { MAX_DURATION_MINUTES } from '../schemas/common';
import { parseDuration } from './parseDuration';

/** The most one hour entry may hold: the schema's limit, one whole day. */
export const MAX_ENTRY_MINUTES = MAX_DURATION_MINUTES;
/** From this length on, the form asks the user to look again (a likely typing mistake). */
export const LONG_ENTRY_MINUTES = 12 * 60;

/** Why a typed duration is refused; names a message under `hourEdit.duration`. */
export type DurationProblem = 'unreadable' | 'zero' | 'tooLong';

/**
 * Read a typed duration for an hour entry or a session: whole minutes, or the
 * reason it is refused, by the schema's limits (more than 1 minute, at most
 * MAX_DURATION_MINUTES), so the form never refuses what the record allows or
 * lets through what saving would refuse. From LONG_ENTRY_MINUTES on it is
 * accepted but flagged, as a likely typing mistake.
 */
export function checkDuration(
  input: string,
): { minutes: number; long: boolean } | { problem: DurationProblem } {
  const minutes = parseDuration(input);
  if (minutes === null) return { problem: 'unreadable' };
  if (minutes === 0) return { problem: 'zero' };
  if (minutes > MAX_ENTRY_MINUTES) return { problem: 'tooLong' };
  return { minutes, long: minutes >= LONG_ENTRY_MINUTES };
}
