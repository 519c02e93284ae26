import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { encryptFile } from '../../src/core/crypto/encryptedFile';

const root = resolve(import.meta.dirname, '../..');

it('the CLI says an encrypted file is encrypted, not that it is broken', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'talkoot-cli-')), 'yhdistys.encrypted');
  const plain = new TextEncoder().encode('{"format":"talkoot","formatVersion":2,"tables":{}}');
  writeFileSync(file, await encryptFile(plain, 'kolme karhua metsässä'));
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'validate', file],
    { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'C' } },
  );
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('on salattu');
  expect(run.stderr).not.toContain('UTF-8');
});
