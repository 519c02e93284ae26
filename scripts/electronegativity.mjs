// Runs Doyensec's Electronegativity scanner over src/ (main, preload and the
// renderer's HTML) and fails on any HIGH finding that docs/security.md does
// not list, with its reason, under "Scanner exceptions". Part of `npm test`.
// The scanner tries to fetch Electron's release list and says so when it
// cannot (offline machines): the installed Electron version is given
// explicitly, so the checks are the same either way.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
// The folder to scan: src/ (an argument only to try the gate on other code).
const input = process.argv[2] ?? 'src';
const output = 'test-results/electronegativity.csv';
mkdirSync('test-results', { recursive: true });

const run = spawnSync(
  'npx',
  ['electronegativity', '-i', input, '-r', '-v', 'false', '-e', electronVersion, '-o', output],
  { encoding: 'utf8' },
);
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  console.error(`electronegativity exited with ${run.status}`);
  process.exit(1);
}

/** Minimal CSV reader for the scanner's output (quoted fields, commas inside quotes). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field.trim());
      field = '';
    } else if (ch === '\n') {
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) rows.push([...row, field.trim()]);
  return rows.filter((r) => r.length > 1);
}

const [, ...findings] = parseCsv(readFileSync(output, 'utf8'));
const doc = readFileSync('docs/security.md', 'utf8');
const exceptionsSection = doc.split(/^## Scanner exceptions$/m)[1]?.split(/^## /m)[0] ?? '';

const bySeverity = {};
const unexplained = [];
for (const [id, severity, , file, location] of findings) {
  bySeverity[severity] = (bySeverity[severity] ?? 0) + 1;
  if (severity === 'HIGH' && !exceptionsSection.includes(id)) {
    unexplained.push(`${id} at ${file}:${location}`);
  }
}

const counts = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']
  .map((level) => `${bySeverity[level] ?? 0} ${level}`)
  .join(', ');
console.log(`electronegativity (Electron ${electronVersion}): ${counts}; details in ${output}`);
for (const [id, severity, , file, location, , description] of findings) {
  console.log(`  ${severity.padEnd(6)} ${id} ${file}:${location} ${description}`);
}
if (unexplained.length) {
  console.error('HIGH findings without a reason in docs/security.md ("Scanner exceptions"):');
  for (const line of unexplained) console.error(`  - ${line}`);
  process.exit(1);
}
