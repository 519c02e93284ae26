import { reachesPeople, type Activity, type Session } from '../schemas';

/**
 * Sessions whose participants count as people reached: those of activities of
 * a type that reaches people (see `reachesPeople`). Board meetings and other
 * internal work drop out. A session of an activity no longer in the data
 * counts, as it did before the rule existed.
 */
export function sessionsReachingPeople<S extends Pick<Session, 'activityId'>>(
  sessions: readonly S[],
  activities: readonly Pick<Activity, 'id' | 'type'>[],
): S[] {
  const types = new Map(activities.map((a) => [a.id, a.type]));
  return sessions.filter((s) => {
    const type = types.get(s.activityId);
    return type === undefined || reachesPeople(type);
  });
}
