import { describe, expect, it } from 'vitest';
import { onDatabaseChanged, Repository, TalkootDb } from '../../src/core/db';

describe('onDatabaseChanged', () => {
  it('hears every committed write to its database, not to another one, until stopped', async () => {
    const db = new TalkootDb(`changes-${crypto.randomUUID()}`);
    const other = new TalkootDb(`changes-${crypto.randomUUID()}`);
    let heard = 0;
    const stop = onDatabaseChanged(db, () => (heard += 1));
    const activities = new Repository(db, 'activities');
    await activities.create({ name: 'Vertaisryhmä', type: 'peerSupportGroup' });
    expect(heard).toBeGreaterThan(0);
    const before = heard;
    await new Repository(other, 'activities').create({ name: 'Muu', type: 'other' });
    expect(heard).toBe(before);
    stop();
    await activities.create({ name: 'Toinen', type: 'other' });
    expect(heard).toBe(before);
  });
});
