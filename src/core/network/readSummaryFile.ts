import { hourKinds } from '../schemas';
import {
  SUMMARY_FORMAT,
  SUMMARY_FORMAT_VERSION,
  summaryFileSchema,
  type SummaryFile,
} from './summaryFile';

/** Why a file is not a summary the Network page can combine; a key under `network.errors`. */
export type SummaryFileProblem =
  | { code: 'notJson' }
  | { code: 'fullDataFile' }
  | { code: 'notSummary' }
  | { code: 'futureVersion'; version: number }
  | { code: 'invalid'; path: string }
  | { code: 'hoursDoNotAddUp'; where: string };

export type SummaryFileRead =
  { ok: true; file: SummaryFile } | { ok: false; problem: SummaryFileProblem };

const sumOf = (byKind: Record<string, number>) =>
  hourKinds.reduce((s, k) => s + (byKind[k] ?? 0), 0);

/**
 * Read a file someone sent as a summary. A full Talkoot data file is refused
 * with its own reason (it holds people's names and must not be passed on), a
 * newer version of the format is refused rather than half read, and figures
 * that do not add up (hours by kind against their total) are refused too.
 */
export function readSummaryFile(text: string): SummaryFileRead {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { code: 'notJson' } };
  }
  const head = (json ?? {}) as { format?: unknown; formatVersion?: unknown };
  if (head.format === 'talkoot') return { ok: false, problem: { code: 'fullDataFile' } };
  if (head.format !== SUMMARY_FORMAT) return { ok: false, problem: { code: 'notSummary' } };
  if (typeof head.formatVersion === 'number' && head.formatVersion > SUMMARY_FORMAT_VERSION) {
    return { ok: false, problem: { code: 'futureVersion', version: head.formatVersion } };
  }
  const parsed = summaryFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: { code: 'invalid', path: issue.path.join('.') } };
  }
  const file = parsed.data;
  if (sumOf(file.minutesByKind) !== file.totalMinutes) {
    return { ok: false, problem: { code: 'hoursDoNotAddUp', where: file.association.name } };
  }
  for (const a of file.activities) {
    if (sumOf(a.minutesByKind) !== a.totalMinutes) {
      return { ok: false, problem: { code: 'hoursDoNotAddUp', where: a.name } };
    }
  }
  return { ok: true, file };
}
