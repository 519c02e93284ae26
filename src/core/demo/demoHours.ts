import type { Activity, HourEntry, HourKind, Person } from '../schemas';
import { addDays, daysBetween } from './dates';
import { base, stamp, type DemoContext } from './demoRecord';
import { demoTreasurerName as treasurerName } from './demoProfile';

/** Makes one hour entry; those older than three weeks are mostly approved by the treasurer. */
export type DemoHourMaker = (
  personId: string,
  date: string,
  minutes: number,
  kind: HourKind,
  extra?: Partial<HourEntry>,
) => HourEntry;

/** The hour-entry maker of the demo, drawing from its random stream. */
export function demoHourMaker({ rnd, today, clampToday }: DemoContext): DemoHourMaker {
  const approvalCutoff = addDays(today, -21);
  const makeHour = (
    personId: string,
    date: string,
    minutes: number,
    kind: HourKind,
    extra: Partial<HourEntry> = {},
  ): HourEntry => {
    const approved = date <= approvalCutoff && rnd.chance(0.9);
    return {
      ...base(rnd.uuid(), date),
      personId,
      date,
      minutes,
      kind,
      approved,
      approvedBy: approved ? treasurerName : undefined,
      approvedAt: approved ? stamp(clampToday(addDays(date, 14))) : undefined,
      ...extra,
    };
  };
  return makeHour;
}

/** Benchmarks: fill up with volunteering entries across all people and days. */
export function fillDemoHours(
  { rnd, today, start }: DemoContext,
  makeHour: DemoHourMaker,
  hours: HourEntry[],
  target: number,
  people: Person[],
  events: Activity,
): void {
  const span = daysBetween(start, today);
  while (hours.length < target) {
    const d = addDays(start, rnd.int(0, span));
    hours.push(
      makeHour(rnd.pick(people).id, d, rnd.int(2, 16) * 15, 'volunteering', {
        activityId: events.id,
      }),
    );
  }
}
