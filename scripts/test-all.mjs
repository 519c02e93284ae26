// `npm test`: the one gate, the same locally and in CI. Runs typecheck, lint,
// format check, the Electron security scanner, unit tests, the web build with its e2e tests, and the Electron
// tests (which say plainly when the Electron binary is not on this machine).
// Ends with one line: "tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function run(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) failedSteps.push(name);
  return r.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const retried = [];

/** Titles of the tests in a Playwright JSON report that passed only on a retry. */
function flakyTests(report) {
  const out = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'flaky') out.push([...path, spec.title].filter(Boolean).join(' › '));
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, [suite.title]);
  return out;
}

/**
 * Add a Playwright JSON report's counts to the summary; a missing report fails
 * the step. A test that passed on its retry counts as passed and is listed.
 */
function countPlaywright(name, path) {
  const report = readJson(path);
  if (!report) return failedSteps.push(`${name} (no report)`);
  results.passed += report.stats.expected + report.stats.flaky;
  results.failed += report.stats.unexpected;
  results.skipped += report.stats.skipped;
  retried.push(...flakyTests(report).map((t) => `${name}: ${t}`));
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

run('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
run('format', 'npx', ['prettier', '--check', '.']);
// Electron security scanner: 0 HIGH findings, or a reason in docs/security.md.
run('electronegativity', 'node', ['scripts/electronegativity.mjs']);

run('unit', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
const unit = readJson('test-results/unit.json');
if (unit) {
  results.passed += unit.numPassedTests;
  results.failed += unit.numFailedTests;
  results.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
} else failedSteps.push('unit (no report)');

if (run('build:web', 'npx', ['vite', 'build', '--config', 'vite.web.config.ts'])) {
  run('e2e', 'npx', ['playwright', 'test']);
  countPlaywright('e2e', 'test-results/e2e.json');
}

if (existsSync('tests/electron/playwright.config.ts')) {
  if (run('build:electron', 'npx', ['electron-vite', 'build'])) {
    run('electron', 'npx', ['playwright', 'test', '-c', 'tests/electron/playwright.config.ts']);
    countPlaywright('electron', 'test-results/electron.json');
  }
}

console.log('');
if (retried.length) {
  console.log(`Passed only on retry (${retried.length}), flaky, to fix:`);
  for (const t of retried) console.log(`  - ${t}`);
}
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(', ')}`);
const failed = results.failed + (failedSteps.length && !results.failed ? 1 : 0);
console.log(`tests: ${results.passed} passed, ${failed} failed, ${results.skipped} skipped`);
process.exit(failedSteps.length || results.failed ? 1 : 0);
