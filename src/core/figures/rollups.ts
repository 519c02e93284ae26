import type {
  CountMethod,
  HourEntry,
  HourKind,
  MembershipFee,
  MembershipType,
  Person,
  Session,
} from '../schemas';

/**
 * Rollups: sums and counts kept per month × activity × kind × grant (hours),
 * per month × activity × count method (sessions) and per month × membership
 * type (joins and leaves), so that headline figures never read every row;
 * and the unpaid fees, so that overdue fees are found without reading every
 * fee. The database keeps them in the same transaction as every write
 * (rollupMiddleware in src/core/db/rollupStore.ts); the CLI builds them from a data file
 * with the same functions. Records in the trash contribute nothing.
 */

/** Hours of one month, activity, kind and grant. `''` stands for "none". */
export type HourRollup = {
  id: string;
  /** `YYYY-MM`. */
  month: string;
  activityId: string;
  kind: HourKind;
  grantId: string;
  entries: number;
  minutes: number;
  approvedEntries: number;
  approvedMinutes: number;
  participantsReached: number;
};

/**
 * Who volunteered in one month for one activity and grant: entries per person,
 * so the distinct volunteers of any set of these are the union of their
 * `people`. Kept apart from HourRollup so that sums never read the people.
 *
 * Stored as two parallel arrays, sorted by person id, not as an object keyed by
 * id: Chromium reads an array of strings back about five times faster than an
 * object with a thousand keys, and a year of a federation's rows holds 70 000
 * (docs/performance.md, "2 December 2026, afternoon").
 */
export type VolunteerRollup = {
  id: string;
  month: string;
  activityId: string;
  grantId: string;
  /** Entries counted here: tells an empty row in O(1). */
  entries: number;
  /** The volunteers' person ids, sorted, each once. */
  people: string[];
  /** `counts[i]` is the number of entries of `people[i]`. */
  counts: number[];
};

/** A VolunteerRollup while it is being changed: its people in a map. */
type VolunteerTally = Omit<VolunteerRollup, 'people' | 'counts'> & {
  volunteers: Map<string, number>;
};

/** Sessions of one month, activity and count method. */
export type SessionRollup = {
  id: string;
  month: string;
  activityId: string;
  countMethod: CountMethod;
  sessions: number;
  participants: number;
  newParticipants: number;
  /** Sum of the sessions' volunteer counts. */
  volunteers: number;
  minutes: number;
};

/**
 * Joins and leaves of members of one type, by date, in one month. Undated
 * joins are kept under month `''` and date `''`, which sorts before every date:
 * such a member counts as a member from the start.
 */
export type MemberRollup = {
  id: string;
  month: string;
  membership: Exclude<MembershipType, 'none'>;
  joined: Record<string, number>;
  left: Record<string, number>;
};

type Live = { deletedAt?: string | null };
const isLive = (r: Live) => !r.deletedAt;

/**
 * How one kind of record contributes to one kind of rollup. `W` is the form a
 * row takes while records are added to it; `open` and `close` convert a stored
 * row to it and back (a copy by default, when the two are the same).
 */
export type RollupSpec<S, R extends { id: string }, W extends { id: string } = R> = {
  /** The rollup ids `record` contributes to; none when it is in the trash. */
  keysOf(record: S): string[];
  /** `row` (one the caller owns, or undefined) with `record` added (`sign` 1) or removed (−1). */
  apply(row: W | undefined, key: string, record: S, sign: 1 | -1): W;
  /** True when the row no longer holds anything and should be removed. */
  isEmpty(row: W): boolean;
  /** A working copy of a stored row, which the caller owns. */
  open?(row: R): W;
  /** The stored form of a working row. */
  close?(row: W): R;
};

/** `spec.open`, or a deep copy: stored rows may be shared with Dexie's cache. */
export function openRow<R extends { id: string }, W extends { id: string }>(
  spec: RollupSpec<never, R, W>,
  row: R,
): W {
  return spec.open ? spec.open(row) : (structuredClone(row) as unknown as W);
}

/** `spec.close`, or the row itself when the stored and working forms are the same. */
export function closeRow<R extends { id: string }, W extends { id: string }>(
  spec: RollupSpec<never, R, W>,
  row: W,
): R {
  return spec.close ? spec.close(row) : (row as unknown as R);
}

function bump(map: Record<string, number>, key: string, by: number): void {
  const next = (map[key] ?? 0) + by;
  if (next === 0) delete map[key];
  else map[key] = next;
}

/** The rollup id of an hour entry. */
export function hourRollupId(h: Pick<HourEntry, 'date' | 'activityId' | 'kind' | 'grantId'>) {
  return `${h.date.slice(0, 7)}|${h.activityId ?? ''}|${h.kind}|${h.grantId ?? ''}`;
}

export const hourRollupSpec: RollupSpec<HourEntry, HourRollup> = {
  keysOf: (h) => (isLive(h) ? [hourRollupId(h)] : []),
  apply(row, key, h, sign) {
    const r: HourRollup = row ?? {
      id: key,
      month: h.date.slice(0, 7),
      activityId: h.activityId ?? '',
      kind: h.kind,
      grantId: h.grantId ?? '',
      entries: 0,
      minutes: 0,
      approvedEntries: 0,
      approvedMinutes: 0,
      participantsReached: 0,
    };
    r.entries += sign;
    r.minutes += sign * h.minutes;
    if (h.approved) {
      r.approvedEntries += sign;
      r.approvedMinutes += sign * h.minutes;
    }
    r.participantsReached += sign * (h.participantsReached ?? 0);
    return r;
  },
  isEmpty: (r) => r.entries === 0,
};

/** The id of the volunteer rollup that holds the people of an hour rollup's entries. */
export function volunteerRollupIdOf(h: Pick<HourRollup, 'month' | 'activityId' | 'grantId'>) {
  return `${h.month}|${h.activityId}|${h.grantId}`;
}

export const volunteerRollupSpec: RollupSpec<HourEntry, VolunteerRollup, VolunteerTally> = {
  keysOf: (h) =>
    isLive(h) ? [`${h.date.slice(0, 7)}|${h.activityId ?? ''}|${h.grantId ?? ''}`] : [],
  apply(row, key, h, sign) {
    const r: VolunteerTally = row ?? {
      id: key,
      month: h.date.slice(0, 7),
      activityId: h.activityId ?? '',
      grantId: h.grantId ?? '',
      entries: 0,
      volunteers: new Map(),
    };
    r.entries += sign;
    const next = (r.volunteers.get(h.personId) ?? 0) + sign;
    if (next === 0) r.volunteers.delete(h.personId);
    else r.volunteers.set(h.personId, next);
    return r;
  },
  isEmpty: (r) => r.entries === 0,
  open: ({ people, counts, ...rest }) => ({
    ...rest,
    volunteers: new Map(people.map((id, i) => [id, counts[i]!])),
  }),
  close({ volunteers, ...rest }) {
    const people = [...volunteers.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return { ...rest, people, counts: people.map((id) => volunteers.get(id)!) };
  },
};

export const sessionRollupSpec: RollupSpec<Session, SessionRollup> = {
  keysOf: (s) => (isLive(s) ? [`${s.date.slice(0, 7)}|${s.activityId}|${s.countMethod}`] : []),
  apply(row, key, s, sign) {
    const r: SessionRollup = row ?? {
      id: key,
      month: s.date.slice(0, 7),
      activityId: s.activityId,
      countMethod: s.countMethod,
      sessions: 0,
      participants: 0,
      newParticipants: 0,
      volunteers: 0,
      minutes: 0,
    };
    r.sessions += sign;
    r.participants += sign * s.participants;
    r.newParticipants += sign * s.newParticipants;
    r.volunteers += sign * s.volunteers;
    r.minutes += sign * s.durationMinutes;
    return r;
  },
  isEmpty: (r) => r.sessions === 0,
};

const joinKey = (p: Person) => `${p.joinedOn?.slice(0, 7) ?? ''}|${p.membership}`;
const leftKey = (p: Person) => `${p.leftOn!.slice(0, 7)}|${p.membership}`;

export const memberRollupSpec: RollupSpec<Person, MemberRollup> = {
  keysOf(p) {
    if (!isLive(p) || p.membership === 'none') return [];
    const keys = [joinKey(p)];
    if (p.leftOn && leftKey(p) !== keys[0]) keys.push(leftKey(p));
    return keys;
  },
  apply(row, key, p, sign) {
    const r: MemberRollup = row ?? {
      id: key,
      month: key.slice(0, key.indexOf('|')),
      membership: p.membership as MemberRollup['membership'],
      joined: {},
      left: {},
    };
    if (key === joinKey(p)) bump(r.joined, p.joinedOn ?? '', sign);
    if (p.leftOn && key === leftKey(p)) bump(r.left, p.leftOn, sign);
    return r;
  },
  isEmpty: (r) => Object.keys(r.joined).length === 0 && Object.keys(r.left).length === 0,
};

/** An unpaid fee while it is being upkept: the fee, or nothing once it is paid or gone. */
type UnpaidFeeSlot = { id: string; fee?: MembershipFee };

/**
 * The live unpaid fees, each a copy of its fee row, so that "who has a fee
 * unpaid for over a year" (the member register, the fees page) reads the few
 * unpaid fees instead of every fee ever billed: IndexedDB cannot index a
 * missing `paidOn`. A fee contributes only to its own row.
 */
export const unpaidFeeSpec: RollupSpec<MembershipFee, MembershipFee, UnpaidFeeSlot> = {
  keysOf: (f) => (isLive(f) && !f.paidOn ? [f.id] : []),
  apply: (_row, key, f, sign) => (sign === 1 ? { id: key, fee: { ...f } } : { id: key }),
  isEmpty: (r) => !r.fee,
  open: (f) => ({ id: f.id, fee: { ...f } }),
  close: (r) => r.fee!,
};

/**
 * Add (`sign` 1) or remove (−1) `record` in `rows`, a map of working rows by id
 * that the caller owns; rows left empty are set to `null` (to be deleted).
 */
export function accumulate<S, R extends { id: string }, W extends { id: string }>(
  spec: RollupSpec<S, R, W>,
  rows: Map<string, W | null>,
  record: S,
  sign: 1 | -1,
): void {
  for (const key of spec.keysOf(record)) {
    const next = spec.apply(rows.get(key) ?? undefined, key, record, sign);
    rows.set(key, spec.isEmpty(next) ? null : next);
  }
}

/** The rollups of `records` built from scratch, in id order. */
export function rollupsOf<S, R extends { id: string }, W extends { id: string }>(
  spec: RollupSpec<S, R, W>,
  records: Iterable<S>,
): R[] {
  const rows = new Map<string, W | null>();
  for (const r of records) accumulate(spec, rows, r, 1);
  return [...rows.values()]
    .filter((r): r is W => r !== null)
    .map((r) => closeRow(spec as RollupSpec<never, R, W>, r))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export const hourRollupsOf = (hours: Iterable<HourEntry>) => rollupsOf(hourRollupSpec, hours);
export const volunteerRollupsOf = (hours: Iterable<HourEntry>) =>
  rollupsOf(volunteerRollupSpec, hours);
export const sessionRollupsOf = (sessions: Iterable<Session>) =>
  rollupsOf(sessionRollupSpec, sessions);
export const memberRollupsOf = (people: Iterable<Person>) => rollupsOf(memberRollupSpec, people);
export const unpaidFeesOf = (fees: Iterable<MembershipFee>) => rollupsOf(unpaidFeeSpec, fees);
