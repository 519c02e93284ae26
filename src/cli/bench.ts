// `npm run bench`: speed and memory figures for the benchmark-scale association
// (10 000 people, 200 000 hour entries). Prints figures; asserts nothing.
import 'fake-indexeddb/auto';
import { parseDataFile, serializeDataFile } from '../core/dataFile';
import { TalkootDb, readDataset, replaceDataset } from '../core/db';
import { generateDemoDataset } from '../core/demo';
import { figuresByActivity, periodFigures, yearPeriod } from '../core/figures';
import { feeTotals } from '../core/fees';
import { todayIso } from '../core/format';
import { memberFilterCounts, memberView } from '../core/people';

const people = Number(process.argv[2] ?? 10_000);
const today = todayIso();
const rows: [string, string][] = [];

async function time<T>(label: string, fn: () => T | Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await fn();
  rows.push([label, `${(performance.now() - t0).toFixed(0)} ms`]);
  return result;
}

const data = await time(`generate demo (${people} people)`, () =>
  generateDemoDataset({ today, people, hourEntries: people * 20 }),
);
const text = await time('serialize data file', () =>
  serializeDataFile(data, { exportedAt: new Date().toISOString() }),
);
rows.push(['data file size', `${(text.length / 1024 / 1024).toFixed(1)} MiB`]);
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
rows.push(['people in the list', String(view.length)]);
await time('fee totals of the year', () => feeTotals(back, Number(today.slice(0, 4))));
rows.push(['hour entries', String(back.hours.length)]);
rows.push(['heap used', `${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MiB`]);
db.close();

const width = Math.max(...rows.map(([l]) => l.length));
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
