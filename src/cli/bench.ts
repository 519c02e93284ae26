// `npm run bench:node [-- --people N --hours N --sessions N --json]`: speed and
// memory figures of the core in Node (fake-indexeddb) for the benchmark-scale
// association (default 10 000 people, 20 × people hour entries). Prints a table,
// or with --json one {"name", "ms", "baselineMs"} object per line (`npm run
// bench` runs it that way). Asserts nothing.
import 'fake-indexeddb/auto';
import { parseArgs } from 'node:util';
import { parseDataFile, serializeDataFile } from '../core/dataFile';
import { TalkootDb, readDataset, replaceDataset } from '../core/db';
import { generateDemoDataset } from '../core/demo';
import { figuresByActivity, periodFigures, yearPeriod } from '../core/figures';
import { feeTotals } from '../core/fees';
import { todayIso } from '../core/format';
import { memberFilterCounts, memberView } from '../core/people';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    people: { type: 'string' },
    hours: { type: 'string' },
    sessions: { type: 'string' },
    json: { type: 'boolean' },
  },
});
const people = Number(values.people ?? positionals[0] ?? 10_000);
const hourEntries = Number(values.hours ?? people * 20);
const sessions = values.sessions ? Number(values.sessions) : undefined;
const today = todayIso();
const rows: [string, string][] = [];
const json: object[] = [];

async function time<T>(label: string, fn: () => T | Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await fn();
  const ms = performance.now() - t0;
  rows.push([label, `${ms.toFixed(0)} ms`]);
  json.push({ name: `node: ${label}`, ms: Math.round(ms), baselineMs: null });
  return result;
}
function value(label: string, shown: string, extra: object) {
  rows.push([label, shown]);
  json.push({ name: `node: ${label}`, ms: null, baselineMs: null, ...extra });
}

const data = await time(`generate demo (${people} people)`, () =>
  generateDemoDataset({ today, people, hourEntries, sessions }),
);
const text = await time('serialize data file', () =>
  serializeDataFile(data, { exportedAt: new Date().toISOString() }),
);
const mib = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
value('data file size', `${mib(text.length)} MiB`, { mib: mib(text.length) });
const parsed = await time('parse + validate data file', () => parseDataFile(text));
if (!parsed.ok) throw new Error('benchmark data did not validate');
const db = new TalkootDb('talkoot-bench');
await time('write to IndexedDB (fake-indexeddb, one transaction)', () =>
  replaceDataset(db, parsed.file.dataset),
);
const back = await time('read whole database', () => readDataset(db));
const period = yearPeriod(Number(today.slice(0, 4)), today);
await time('home figures (periodFigures)', () => periodFigures(back, period));
await time('figures by activity', () => figuresByActivity(back, period));
// What the Members page computes on every keystroke of the search, and on opening.
await time('members page: counts of every filter', () => memberFilterCounts(back, today));
const view = await time('members page: everyone, sorted by name', () =>
  memberView(
    back,
    { filter: { kind: 'everyone' }, query: '', sort: { key: 'name', direction: 'asc' } },
    today,
    'fi',
  ),
);
await time('members page: search "mäki" over everyone', () =>
  memberView(
    back,
    { filter: { kind: 'everyone' }, query: 'mäki', sort: { key: 'name', direction: 'asc' } },
    today,
    'fi',
  ),
);
value('people in the list', String(view.length), { count: view.length });
await time('fee totals of the year', () => feeTotals(back, Number(today.slice(0, 4))));
value('hour entries', String(back.hours.length), { count: back.hours.length });
const heap = mib(process.memoryUsage().heapUsed);
value('heap used', `${heap} MiB`, { mib: heap });
db.close();

if (values.json) for (const line of json) console.log(JSON.stringify(line));
else {
  const width = Math.max(...rows.map(([l]) => l.length));
  for (const [label, shown] of rows) console.log(`${label.padEnd(width)}  ${shown}`);
}
