import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  livePeople,
  Repository,
  TalkootDb,
  trashedPeople,
  ValidationError,
  type Clock,
} from '../../src/core/db';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A clock the test moves by hand. */
function manualClock(start: string): Clock & { set(iso: string): void } {
  let now = new Date(start);
  const clock = (() => new Date(now)) as Clock & { set(iso: string): void };
  clock.set = (iso) => {
    now = new Date(iso);
  };
  return clock;
}

let db: TalkootDb;
let clock: ReturnType<typeof manualClock>;
let people: Repository<'people'>;

beforeEach(async () => {
  db = new TalkootDb(`repository-test-${crypto.randomUUID()}`);
  await db.open();
  clock = manualClock('2026-11-22T08:00:00.000Z');
  people = new Repository(db, 'people', clock);
});

afterEach(async () => {
  await db.delete();
});

describe('Repository.create', () => {
  it('stamps a UUID, createdAt = updatedAt from the clock, and deletedAt null', async () => {
    const p = await people.create({ fullName: 'Pirjo Mäkelä', homeMunicipality: 'Hattula' });
    expect(p.id).toMatch(UUID);
    expect(p.createdAt).toBe('2026-11-22T08:00:00.000Z');
    expect(p.updatedAt).toBe('2026-11-22T08:00:00.000Z');
    expect(p.deletedAt).toBeNull();
    // What was written is what was returned, defaults included.
    expect(await db.tableOf('people').get(p.id)).toEqual(p);
    expect(p.membership).toBe('none');
  });

  it('gives every record its own id', async () => {
    const a = await people.create({ fullName: 'A', homeMunicipality: 'Turku' });
    const b = await people.create({ fullName: 'B', homeMunicipality: 'Turku' });
    expect(a.id).not.toBe(b.id);
  });

  it('keeps an id the caller supplies (imports, merges)', async () => {
    const id = crypto.randomUUID();
    const p = await people.create({ id, fullName: 'A', homeMunicipality: 'Turku' });
    expect(p.id).toBe(id);
    await expect(
      people.create({ id, fullName: 'Twin', homeMunicipality: 'Turku' }),
    ).rejects.toThrow();
    expect(await db.tableOf('people').count()).toBe(1);
  });

  it('ignores createdAt/updatedAt/deletedAt smuggled in by the caller', async () => {
    const p = await people.create({
      fullName: 'A',
      homeMunicipality: 'Turku',
      createdAt: '1999-01-01T00:00:00.000Z',
      deletedAt: '1999-01-01T00:00:00.000Z',
    });
    expect(p.createdAt).toBe('2026-11-22T08:00:00.000Z');
    expect(p.deletedAt).toBeNull();
  });

  it('throws ValidationError naming the fields, and writes nothing', async () => {
    const error = await people
      .create({ fullName: '   ', homeMunicipality: 'Turku', joinedOn: '2024-02-31' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const ve = error as ValidationError;
    expect(ve.table).toBe('people');
    expect(ve.issues.map((i) => i.path.join('.')).sort()).toEqual(['fullName', 'joinedOn']);
    expect(ve.message).toContain('joinedOn: invalidDate');
    expect(await db.tableOf('people').count()).toBe(0);
  });

  it('validates other tables with their own schema', async () => {
    const hours = new Repository(db, 'hours', clock);
    await expect(
      hours.create({
        personId: crypto.randomUUID(),
        date: '2026-11-21',
        minutes: 0,
        kind: 'peerSupport',
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    const ok = await hours.create({
      personId: crypto.randomUUID(),
      date: '2026-11-21',
      minutes: 90,
      kind: 'peerSupport',
    });
    expect(ok.approved).toBe(false);
    expect(await db.tableOf('hours').count()).toBe(1);
  });
});

describe('Repository.update', () => {
  it('bumps updatedAt, keeps createdAt and id, and merges the patch', async () => {
    const p = await people.create({ fullName: 'Pirjo', homeMunicipality: 'Hattula' });
    clock.set('2026-12-01T12:00:00.000Z');
    const u = await people.update(p.id, { homeMunicipality: 'Hämeenlinna' });
    expect(u.id).toBe(p.id);
    expect(u.createdAt).toBe('2026-11-22T08:00:00.000Z');
    expect(u.updatedAt).toBe('2026-12-01T12:00:00.000Z');
    expect(u.fullName).toBe('Pirjo');
    expect(u.homeMunicipality).toBe('Hämeenlinna');
    expect(await people.get(p.id)).toEqual(u);
  });

  it('cannot change id or createdAt through the patch', async () => {
    const p = await people.create({ fullName: 'Pirjo', homeMunicipality: 'Hattula' });
    const u = await people.update(p.id, {
      id: crypto.randomUUID(),
      createdAt: '1999-01-01T00:00:00.000Z',
    });
    expect(u.id).toBe(p.id);
    expect(u.createdAt).toBe(p.createdAt);
    expect(await db.tableOf('people').count()).toBe(1);
  });

  it('validates the merged record and leaves the stored one untouched on failure', async () => {
    const p = await people.create({
      fullName: 'Pirjo',
      homeMunicipality: 'Hattula',
      joinedOn: '2020-01-01',
    });
    clock.set('2026-12-01T12:00:00.000Z');
    await expect(people.update(p.id, { leftOn: '2019-12-31' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(people.update(p.id, { homeMunicipality: '' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await people.get(p.id)).toEqual(p);
  });

  it('fails for a record that does not exist', async () => {
    await expect(people.update(crypto.randomUUID(), { fullName: 'X' })).rejects.toThrow(
      /no record/,
    );
    expect(await db.tableOf('people').count()).toBe(0);
  });
});

describe('trash: softDelete and restore', () => {
  it('softDelete hides from the register (livePeople) and shows in the trash (trashedPeople); restore brings it back', async () => {
    const a = await people.create({ fullName: 'Aino', homeMunicipality: 'Oulu' });
    const b = await people.create({ fullName: 'Bertil', homeMunicipality: 'Vaasa' });

    clock.set('2026-11-23T10:00:00.000Z');
    await people.softDelete(a.id);
    expect((await livePeople(db)).map((p) => p.id)).toEqual([b.id]);
    const trash = await trashedPeople(db);
    expect(trash.map((p) => p.id)).toEqual([a.id]);
    expect(trash[0]!.deletedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(trash[0]!.updatedAt).toBe('2026-11-23T10:00:00.000Z');
    // Soft: the record is still there, whole.
    expect(await people.get(a.id)).toMatchObject({ fullName: 'Aino', homeMunicipality: 'Oulu' });

    clock.set('2026-11-24T10:00:00.000Z');
    await people.restore(a.id);
    expect((await livePeople(db)).map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
    expect(await trashedPeople(db)).toEqual([]);
    const restored = await people.get(a.id);
    expect(restored!.deletedAt).toBeNull();
    expect(restored!.updatedAt).toBe('2026-11-24T10:00:00.000Z');
    expect(restored!.createdAt).toBe(a.createdAt);
  });

  it('fails for an unknown id', async () => {
    await expect(people.softDelete(crypto.randomUUID())).rejects.toThrow(/no record/);
    await expect(people.restore(crypto.randomUUID())).rejects.toThrow(/no record/);
  });
});

describe('text survives storage exactly', () => {
  it('keeps ä ö å, combining marks, emoji and unknown fields', async () => {
    const names = [
      'Åsa Öhman-Ääritalo',
      'Jyrki Päivärinta 🌱',
      'Sámi: Máret Ánde', // precomposed á
      'Zoë with combining e\u0308',
      '👩‍👧 Family Äiti',
    ];
    for (const fullName of names) {
      await people.create({
        fullName,
        homeMunicipality: 'Pietarsaari – Jakobstad',
        notes: 'Kahvia & pullaa € 🍰',
        futureField: { ä: 'ö' },
      });
    }
    const stored = await livePeople(db);
    expect(stored.map((p) => p.fullName).sort()).toEqual([...names].sort());
    for (const p of stored) {
      expect(p.homeMunicipality).toBe('Pietarsaari – Jakobstad');
      expect(p.notes).toBe('Kahvia & pullaa € 🍰');
      expect((p as Record<string, unknown>).futureField).toEqual({ ä: 'ö' });
    }
    // The combining sequence is stored as typed, not normalized.
    expect(stored.some((p) => p.fullName === 'Zoë with combining e\u0308')).toBe(true);
  });
});

describe('input types', () => {
  it('are checked at compile time (records are loose, but declared fields still count)', () => {
    // Never run: tsc checks the @ts-expect-error lines, the test only keeps them compiled.
    const typeChecks = (repo: Repository<'people'>) => {
      // @ts-expect-error fullName and homeMunicipality are required
      void repo.create({});
      // @ts-expect-error fullName must be a string
      void repo.create({ fullName: 5, homeMunicipality: 'Turku' });
      // @ts-expect-error membership must be a known type
      void repo.update('id', { membership: 'platinum' });
      void repo.create({ fullName: 'A', homeMunicipality: 'Turku', extraField: 1 });
    };
    expect(typeof typeChecks).toBe('function');
  });
});
