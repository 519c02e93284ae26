import { serializeDataFile } from '../../core/dataFile';
import { generateDemoDataset } from '../../core/demo';
import { todayIso } from '../../core/format';
import { isCalendarDate } from '../../core/schemas';
import { say, UsageError, type CliContext } from '../context';
import { atomicWriteSync } from '../../node/atomicWrite';

function positiveInt(
  ctx: CliContext,
  option: string,
  value: string | undefined,
): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(say(ctx, 'badNumber', { option }));
  return Number(value);
}

/**
 * `demo --out FILE [--scale N] [--hours N] [--sessions N] [--seed N] [--today DATE]`:
 * write the demo association (N people; at least the given hour entries and sessions).
 */
export function demoCommand(
  ctx: CliContext,
  opts: {
    out?: string;
    scale?: string;
    hours?: string;
    sessions?: string;
    seed?: string;
    today?: string;
  },
): number {
  if (!opts.out) throw new UsageError(say(ctx, 'missingOut'));
  const scale = positiveInt(ctx, '--scale', opts.scale);
  const hours = positiveInt(ctx, '--hours', opts.hours);
  const sessions = positiveInt(ctx, '--sessions', opts.sessions);
  const seed = positiveInt(ctx, '--seed', opts.seed) ?? 1;
  const today = opts.today ?? todayIso(ctx.now());
  if (!isCalendarDate(today)) throw new UsageError(say(ctx, 'badDate', { option: '--today' }));
  const data = generateDemoDataset({
    seed,
    today,
    people: scale,
    hourEntries: hours ?? (scale ? scale * 20 : undefined),
    sessions,
  });
  atomicWriteSync(
    opts.out,
    serializeDataFile(data, {
      exportedAt: `${today}T12:00:00.000Z`,
      generator: 'Talkoot CLI demo',
    }),
  );
  ctx.out(
    say(ctx, 'wrote', {
      file: opts.out,
      people: data.people.length,
      hours: data.hours.length,
      sessions: data.sessions.length,
    }),
  );
  return 0;
}
