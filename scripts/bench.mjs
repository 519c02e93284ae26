// `npm run bench -- --scale association|federation [--no-build] [--node | --no-node]`
//
// Builds the web renderer, writes the scale's demo data file, runs the Node
// figures (src/cli/bench.ts) and then the app in headless Chromium
// (tests/bench/app.spec.ts). The Node figures run by default at association
// scale only: at federation scale they take about 4 minutes more (--node runs
// them). Prints one JSON object per line on stdout ({"name", "ms",
// "baselineMs", ...}); everything else goes to stderr.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const scales = {
  association: { people: 2000, hours: 20000, sessions: undefined },
  federation: { people: 10000, hours: 200000, sessions: 20000 },
};

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'association' },
    'no-build': { type: 'boolean' },
    node: { type: 'boolean' },
    'no-node': { type: 'boolean' },
  },
});
const scale = scales[values.scale];
if (!scale) {
  console.error(`--scale must be one of: ${Object.keys(scales).join(', ')}`);
  process.exit(2);
}

/** Run a command; its stdout lines that are JSON objects go to our stdout, the rest to stderr. */
function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...env },
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('{"name"')) process.stdout.write(`${line}\n`);
      else process.stderr.write(`${line}\n`);
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')}: exit ${code}`)),
    );
  });
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const dir = mkdtempSync(join(tmpdir(), 'talkoot-bench-'));
const file = join(dir, `${values.scale}.json`);
try {
  if (!values['no-build']) await run(npx, ['vite', 'build', '--config', 'vite.web.config.ts']);
  const demo = ['--import', 'tsx', 'src/cli/main.ts', 'demo', '--out', file];
  demo.push('--scale', String(scale.people), '--hours', String(scale.hours));
  if (scale.sessions) demo.push('--sessions', String(scale.sessions));
  await run(process.execPath, demo);
  if (values.node ?? (!values['no-node'] && values.scale === 'association'))
    await run(process.execPath, [
      '--import',
      'tsx',
      'src/cli/bench.ts',
      '--json',
      '--people',
      String(scale.people),
      '--hours',
      String(scale.hours),
      ...(scale.sessions ? ['--sessions', String(scale.sessions)] : []),
    ]);
  await run(
    npx,
    ['playwright', 'test', '--config', 'playwright.bench.config.ts', 'tests/bench/app.spec.ts'],
    // Its own port by default, so a preview server of another checkout is never reused.
    { BENCH_SCALE: values.scale, BENCH_FILE: file, E2E_PORT: process.env.E2E_PORT || '4180' },
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
