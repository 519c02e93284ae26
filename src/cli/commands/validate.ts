import { translate } from '../../core/i18n';
import { tableNames } from '../../core/schemas';
import { say, UsageError, type CliContext } from '../context';
import { readValidDataFile } from '../dataFiles';

/** `validate FILE`: exit 0 only for a valid data file; otherwise list what is wrong. */
export async function validateCommand(ctx: CliContext, file: string | undefined): Promise<number> {
  if (!file) throw new UsageError(say(ctx, 'missingFile'));
  const parsed = await readValidDataFile(ctx, file);
  if (!parsed) return 1;
  const counts = tableNames
    .filter((t) => parsed.dataset[t].length > 0)
    .map((t) => `${translate(ctx.lang, `dataFile.tables.${t}`)} ${parsed.dataset[t].length}`)
    .join(', ');
  ctx.out(say(ctx, 'valid', { version: parsed.formatVersion, counts }));
  if (parsed.checksum === 'missing') ctx.out(translate(ctx.lang, 'dataFile.noChecksum'));
  return 0;
}
