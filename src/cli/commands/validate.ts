import { readFileSync } from 'node:fs';
import { formatDataFileIssues, parseDataFile } from '../../core/dataFile';
import { isEncryptedFile } from '../../core/crypto/encryptedFile';
import { decryptFileSync } from '../../node/decryptFileSync';
import { translate } from '../../core/i18n';
import { tableNames } from '../../core/schemas';
import { say, UsageError, type CliContext } from '../context';

/** The environment variable the CLI takes an encrypted file's passphrase from. */
export const PASSPHRASE_VARIABLE = 'TALKOOT_PASSPHRASE';

/**
 * Read a data file as UTF-8 text, or explain in the user's language why not.
 * An encrypted file is decrypted with the passphrase in TALKOOT_PASSPHRASE
 * (never a command-line argument, which other users of the computer can see).
 */
export function readDataFileText(
  ctx: CliContext,
  file: string,
  env: Record<string, string | undefined> = process.env,
): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new UsageError(
      say(ctx, 'cannotRead', { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) }),
    );
  }
  if (isEncryptedFile(bytes)) {
    const passphrase = env[PASSPHRASE_VARIABLE];
    if (!passphrase) throw new UsageError(say(ctx, 'encrypted', { file }));
    const opened = decryptFileSync(bytes, passphrase);
    if (!opened.ok) throw new UsageError(translate(ctx.lang, `encryption.${opened.code}`));
    bytes = opened.plain;
  }
  try {
    // Strict, as in the app: a Windows-1252 file must not be read as UTF-8 with � in it.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(say(ctx, 'notUtf8', { file }));
  }
}

/** `validate FILE`: exit 0 only for a valid data file; otherwise list what is wrong. */
export function validateCommand(ctx: CliContext, file: string | undefined): number {
  if (!file) throw new UsageError(say(ctx, 'missingFile'));
  const result = parseDataFile(readDataFileText(ctx, file));
  if (!result.ok) {
    ctx.err(say(ctx, 'invalid', { file }));
    for (const line of formatDataFileIssues(result.issues, ctx.lang, 20)) ctx.err(`  ${line}`);
    return 1;
  }
  const counts = tableNames
    .filter((t) => result.file.dataset[t].length > 0)
    .map((t) => `${translate(ctx.lang, `dataFile.tables.${t}`)} ${result.file.dataset[t].length}`)
    .join(', ');
  ctx.out(say(ctx, 'valid', { version: result.file.formatVersion, counts }));
  if (result.file.checksum === 'missing') ctx.out(translate(ctx.lang, 'dataFile.noChecksum'));
  return 0;
}
