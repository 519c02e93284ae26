import { expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type FileTables = Record<string, unknown[]>;

/**
 * A demo data file written by the CLI (`npm run cli -- demo`), as a user's own
 * file would be: its path, text and tables. `edit` changes the tables by hand
 * first; the checksum is then dropped, as a file edited by hand has none.
 */
export function demoDataFile(options: {
  scale: number;
  seed?: number;
  edit?: (tables: FileTables) => void;
}): { path: string; text: string; tables: FileTables } {
  const path = join(mkdtempSync(join(tmpdir(), 'talkoot-e2e-demo-')), 'demo.json');
  const args = ['--import', 'tsx', 'src/cli/main.ts', 'demo', '--out', path];
  args.push('--scale', String(options.scale));
  if (options.seed !== undefined) args.push('--seed', String(options.seed));
  const made = spawnSync(process.execPath, args, { encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  const json = JSON.parse(readFileSync(path, 'utf8')) as { checksum?: unknown; tables: FileTables };
  if (options.edit) {
    options.edit(json.tables);
    delete json.checksum;
    writeFileSync(path, JSON.stringify(json));
  }
  return { path, text: readFileSync(path, 'utf8'), tables: json.tables };
}
