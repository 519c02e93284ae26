import { readFileSync } from 'node:fs';
import { formatDataFileIssues, parseDataFile } from '../../core/dataFile';
import { isEncryptedFile } from '../../core/crypto/encryptedFile';
import { translate } from '../../core/i18n';
import { tableNames } from '../../core/schemas';
import { say, UsageError, type CliContext } from '../context';

/** Read a data file as UTF-8 text, or explain in the user's language why not. */
export function readDataFileText(ctx: CliContext, file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new UsageError(
      say(ctx, 'cannotRead', { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) }),
    );
  }
  // Ciphertext is not UTF-8 either: say what the file is rather than that it is broken.
  if (isEncryptedFile(bytes)) throw new UsageError(say(ctx, 'encrypted', { file }));
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
