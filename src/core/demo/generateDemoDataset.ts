import { emptyDataset, type Dataset } from '../schemas';
import { demoActivities } from './demoActivities';
import { demoFeedback } from './demoFeedback';
import { demoFees } from './demoFees';
import { demoFunders } from './demoFunders';
import { demoGrants } from './demoGrants';
import { demoHourMaker, fillDemoHours } from './demoHours';
import { demoImpactNotes } from './demoImpactNotes';
import { demoBoard } from './demoOfficials';
import { demoPeople } from './demoPeople';
import { demoProfile } from './demoProfile';
import type { DemoContext } from './demoRecord';
import { demoSessionsAndHours, demoVolunteerPool, fillDemoSessions } from './demoSessions';
import { SeededRandom } from './random';

export type DemoOptions = {
  /** Same seed and today → byte-identical data. */
  seed?: number;
  /** The demo's "today" (YYYY-MM-DD): data runs from 1 January of the previous year up to it. */
  today: string;
  /** How many people; default 120 (a small association). */
  people?: number;
  /**
   * At least this many hour entries: session hours come first, then extra
   * volunteering entries fill up to the target (for benchmarks). Default: none extra.
   */
  hourEntries?: number;
  /**
   * At least this many sessions: the activities' own meetings come first, then
   * extra event-series sessions on random days fill up to the target (for benchmarks).
   */
  sessions?: number;
};

/**
 * A realistic, deterministic Finnish association: people and members, fees,
 * activities with sessions and volunteer hours over two calendar years up to
 * `today`, three grants at different stages and impact notes. Nothing is dated
 * after `today` except grant deadlines that lie ahead.
 */
export function generateDemoDataset(options: DemoOptions): Dataset {
  const { seed = 1, today } = options;
  const peopleCount = options.people ?? 120;
  const data = emptyDataset();
  const year = Number(today.slice(0, 4));
  const ctx: DemoContext = {
    rnd: new SeededRandom(seed),
    today,
    year,
    start: `${year - 1}-01-01`,
    clampToday: (d) => (d > today ? today : d),
  };
  // One random stream for all tables: the order of these calls is part of the
  // demo (same seed, same data), so a new table draws after the others or from
  // its own stream, as the feedback does.
  data.profile.push(demoProfile(ctx));
  const people = demoPeople(ctx, peopleCount);
  data.people = people;
  data.fees = demoFees(ctx, people);
  const { funders, funderIds } = demoFunders(ctx);
  data.funders = funders;
  const { grantLast, grantThis, ...grantTables } = demoGrants(ctx, funderIds);
  Object.assign(data, grantTables);
  const volunteerPool = demoVolunteerPool(ctx, people);
  const activities = demoActivities(ctx, { grantLast, grantThis });
  data.activities = activities;
  const makeHour = demoHourMaker(ctx);
  const { sessions, hours } = demoSessionsAndHours(
    ctx,
    people,
    volunteerPool,
    activities,
    { grantLast, grantThis },
    makeHour,
  );
  const events = activities.find((a) => a.type === 'eventSeries')!;
  fillDemoHours(ctx, makeHour, hours, options.hourEntries ?? 0, people, events);
  fillDemoSessions(ctx, sessions, options.sessions ?? 0, events);
  data.sessions = sessions.sort((a, b) => a.date.localeCompare(b.date));
  data.hours = hours;
  data.impactNotes = demoImpactNotes(ctx, activities, grantThis.id);
  data.officials = demoBoard(people, ctx.start, year);
  Object.assign(data, demoFeedback(activities[0]!, sessions, ctx.start, today, seed));
  return data;
}
