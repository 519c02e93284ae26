import type { Activity, HourEntry, Person, Session } from '../schemas';
import { addDays, daysBetween } from './dates';
import { plans } from './demoActivities';
import { base, day, type DemoContext } from './demoRecord';
import type { DemoFundedGrants } from './demoGrants';
import type { DemoHourMaker } from './demoHours';

/**
 * The volunteers who take part in the activities: the chair, treasurer and
 * secretary and a sample of the rest (drawn before the activities are made, so
 * the random stream keeps its order).
 */
export function demoVolunteerPool({ rnd }: DemoContext, people: Person[]): Person[] {
  const peopleCount = people.length;
  const volunteerPool = [
    ...people.slice(0, 3),
    ...rnd.sample(people.slice(3), Math.max(12, Math.round(peopleCount * 0.2))),
  ];
  return volunteerPool;
}

/**
 * Every day from the start to today: a session for each activity that meets,
 * with the hours of the volunteers who ran it, and the twice-monthly newsletter
 * hours. Sessions and hours are made in one pass: they share the random stream
 * day by day, and splitting them would change every later record.
 */
export function demoSessionsAndHours(
  ctx: DemoContext,
  people: Person[],
  volunteerPool: Person[],
  activities: Activity[],
  { grantLast, grantThis }: DemoFundedGrants,
  makeHour: DemoHourMaker,
): { sessions: Session[]; hours: HourEntry[] } {
  const { rnd, today, start } = ctx;
  // The board meets as the first seven people, the chair and treasurer among them.
  const board = people.slice(0, 7);
  const grantOn = (activity: Activity, date: string) =>
    [grantLast, grantThis].find(
      (g) => activity.grantIds.includes(g.id) && g.periodStart! <= date && date <= g.periodEnd!,
    )?.id;

  const sessions: Session[] = [];
  const hours: HourEntry[] = [];
  for (let d = start; d <= today; d = addDays(d, 1)) {
    plans.forEach((plan, ai) => {
      if (!plan.meets(d)) return;
      const activity = activities[ai]!;
      const participants = rnd.int(...plan.participants);
      const vCount = Math.min(
        rnd.int(...plan.volunteers),
        plan.type === 'boardWork' ? board.length : volunteerPool.length,
      );
      const session: Session = {
        ...base(rnd.uuid(), d),
        activityId: activity.id,
        date: d,
        durationMinutes: plan.duration,
        participants,
        newParticipants: plan.type === 'boardWork' ? 0 : Math.min(participants, rnd.int(0, 2)),
        volunteers: vCount,
        countMethod: rnd.chance(plan.estimated) ? 'estimated' : 'counted',
      };
      sessions.push(session);
      const who =
        plan.type === 'boardWork' ? board.slice(0, vCount) : rnd.sample(volunteerPool, vCount);
      for (const p of who) {
        hours.push(
          makeHour(p.id, d, plan.duration + rnd.pick([0, 15, 30, 45, 60]), plan.kind, {
            activityId: activity.id,
            sessionId: session.id,
            participantsReached: plan.type === 'boardWork' ? undefined : participants,
            grantId: grantOn(activity, d),
          }),
        );
      }
    });
    // Newsletter and office work, twice a month, not tied to an activity.
    if (day(d) === 5 || day(d) === 20) {
      hours.push(
        makeHour(volunteerPool[2]!.id, d, rnd.pick([60, 90, 120]), 'other', {
          note: 'Jäsentiedote ja some',
        }),
      );
    }
  }
  return { sessions, hours };
}

/** Benchmarks: fill up with event-series sessions on random days. */
export function fillDemoSessions(
  { rnd, today, start }: DemoContext,
  sessions: Session[],
  target: number,
  events: Activity,
): void {
  const span = daysBetween(start, today);
  while (sessions.length < target) {
    const d = addDays(start, rnd.int(0, span));
    const participants = rnd.int(5, 60);
    sessions.push({
      ...base(rnd.uuid(), d),
      activityId: events.id,
      date: d,
      durationMinutes: rnd.int(4, 12) * 15,
      participants,
      newParticipants: Math.min(participants, rnd.int(0, 5)),
      volunteers: rnd.int(1, 6),
      countMethod: rnd.chance(0.3) ? 'estimated' : 'counted',
    });
  }
}
