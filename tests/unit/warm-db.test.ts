import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, TalkootDb } from '../../src/core/db';

/**
 * src/renderer/public/warm-db.js runs before the app's code (a classic script in
 * index.html's head) and opens the association's database early so that a cold
 * start does not wait for its files after the code has loaded. It must never
 * create the database, change it or keep an upgrade waiting.
 */
const source = readFileSync(
  resolve(import.meta.dirname, '../../src/renderer/public/warm-db.js'),
  'utf8',
);

function runWarmScript(closeAfterMs?: number) {
  const text = closeAfterMs === undefined ? source : source.replace(/5000\)/, `${closeAfterMs})`);
  new Function('self', text)({ indexedDB });
}

const databases = async () => (await indexedDB.databases()).map((d) => d.name);
const settle = () => new Promise((r) => setTimeout(r, 50));

afterEach(async () => {
  vi.useRealTimers();
  await new Promise((r) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = req.onerror = req.onblocked = r;
  });
});

describe('warm-db.js', () => {
  it('names the same database as the app', () => {
    expect(source).toContain(`'${DB_NAME}', 5000)`);
    const html = readFileSync(
      resolve(import.meta.dirname, '../../src/renderer/index.html'),
      'utf8',
    );
    // In the head, before the app's module script.
    expect(html.indexOf('src="./warm-db.js"')).toBeGreaterThan(0);
    expect(html.indexOf('src="./warm-db.js"')).toBeLessThan(html.indexOf('src/main.tsx'));
  });

  it('does not create the database on a first run', async () => {
    runWarmScript();
    await settle();
    expect(await databases()).not.toContain(DB_NAME);
    // The app's own first open then creates it with every table.
    const db = new TalkootDb();
    await db.open();
    expect(db.tables.length).toBeGreaterThan(5);
    db.close();
  });

  it('keeps no upgrade waiting and changes nothing in a database that exists', async () => {
    const db = new TalkootDb();
    await db.open();
    const version = db.verno;
    db.close();
    runWarmScript(60_000);
    await settle();
    // A newer schema opening while the early connection is still open is not blocked.
    const next = new Promise<number>((resolveVersion, reject) => {
      const req = indexedDB.open(DB_NAME, version * 10 + 1);
      req.onblocked = () => reject(new Error('blocked by the early connection'));
      req.onsuccess = () => {
        const v = req.result.version;
        req.result.close();
        resolveVersion(v);
      };
      req.onerror = () => reject(req.error);
    });
    await expect(next).resolves.toBe(version * 10 + 1);
  });
});
