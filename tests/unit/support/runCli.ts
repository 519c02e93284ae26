import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

/**
 * Run `npm run cli -- …` as a user does, in a child process (LANG=C, so the
 * messages are the default Finnish unless `--lang` says otherwise).
 */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
): { code: number | null; out: string; err: string } {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C', ...env },
    },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}
