import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decryptFile, encryptFile } from '../../src/core/crypto/encryptedFile';
import { decryptFileSync } from '../../src/node/decryptFileSync';

const root = resolve(import.meta.dirname, '../..');
const PASSPHRASE = 'kolme karhua metsässä';

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C', TALKOOT_PASSPHRASE: '', ...env },
    },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('decryptFileSync (the CLI) reads what the app encrypts', () => {
  it('round trip, and a wrong passphrase or one changed byte refused as by decryptFile', async () => {
    const plain = new TextEncoder().encode('{"format":"talkoot","tables":{}}');
    const sealed = await encryptFile(plain, PASSPHRASE);
    const opened = decryptFileSync(sealed, PASSPHRASE);
    expect(opened.ok && new TextDecoder().decode(opened.plain)).toBe(
      '{"format":"talkoot","tables":{}}',
    );
    expect(decryptFileSync(sealed, 'väärä salasana')).toEqual({
      ok: false,
      code: 'wrongPassphraseOrChanged',
    });
    // A byte of the header, of the ciphertext and of the tag.
    for (const at of [30, sealed.length - 20, sealed.length - 1]) {
      const changed = sealed.slice();
      changed[at]! ^= 0x01;
      const sync = decryptFileSync(changed, PASSPHRASE);
      expect(sync.ok).toBe(false);
      const web = await decryptFile(changed, PASSPHRASE);
      expect(sync).toEqual(web);
    }
  });
});

describe('npm run cli -- validate an encrypted file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'talkoot-cli-'));
  const demo = join(dir, 'demo.json');
  const file = join(dir, 'yhdistys.encrypted');

  it('asks for the passphrase in TALKOOT_PASSPHRASE, instead of calling the file broken', async () => {
    expect(cli(['demo', '--out', demo, '--scale', '10']).code).toBe(0);
    writeFileSync(file, await encryptFile(readFileSync(demo), PASSPHRASE));
    const run = cli(['validate', file]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('on salattu');
    expect(run.err).toContain('TALKOOT_PASSPHRASE');
    expect(run.err).not.toContain('UTF-8');
  });

  it('refuses a wrong passphrase in the user language, and reads the file with the right one', () => {
    const wrong = cli(['validate', file, '--lang', 'sv'], { TALKOOT_PASSPHRASE: 'fel lösenord' });
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('Lösenordet är fel eller så har filen ändrats.');
    const right = cli(['validate', file], { TALKOOT_PASSPHRASE: PASSPHRASE });
    expect(right.code).toBe(0);
    expect(right.out).toContain('Kelvollinen Talkoot-datatiedosto');
  });
});
