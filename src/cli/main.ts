import { parseArgs } from 'node:util';
import { pickLanguage, say, UsageError, type CliContext } from './context';
import { demoCommand } from './commands/demo';
import { validateCommand } from './commands/validate';
import { mergeCommand } from './commands/merge';
import { reportCommand } from './commands/report';
import { listCommand } from './commands/list';
import { importMembersCommand } from './commands/importMembers';
import { combineCommand, summaryCommand } from './commands/network';
import { invoicesCommand } from './commands/invoices';
import { AtomicWriteError } from '../node/atomicWrite';
import { translate } from '../core/i18n';

/** Run one CLI invocation; returns the exit code. Exported for tests. */
export async function runCli(
  argv: string[],
  io: Pick<CliContext, 'out' | 'err'>,
  env = process.env,
  now: () => Date = () => new Date(),
): Promise<number> {
  let ctx: CliContext = { lang: pickLanguage(undefined, env.LANG), ...io, now };
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        scale: { type: 'string' },
        hours: { type: 'string' },
        sessions: { type: 'string' },
        seed: { type: 'string' },
        today: { type: 'string' },
        lang: { type: 'string' },
        data: { type: 'string' },
        year: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        grant: { type: 'string' },
        municipality: { type: 'string' },
        network: { type: 'string' },
        due: { type: 'string' },
        unpaid: { type: 'boolean' },
        reminders: { type: 'boolean' },
        rf: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        'skip-duplicates': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    ctx = { ...ctx, lang: pickLanguage(values.lang, env.LANG) };
    const [command, ...rest] = positionals;
    if (!command || command === 'help' || values.help) {
      io.out(say(ctx, 'usage'));
      return command || values.help ? 0 : 2;
    }
    switch (command) {
      case 'demo':
        return demoCommand(ctx, values);
      case 'validate':
        return await validateCommand(ctx, rest[0]);
      case 'merge':
        return await mergeCommand(ctx, rest[0], values.data);
      case 'report':
        return await reportCommand(ctx, rest[0], values);
      case 'list':
        return await listCommand(ctx, rest[0], values.data);
      case 'invoices':
        return await invoicesCommand(ctx, values);
      case 'summary':
        return await summaryCommand(ctx, values);
      case 'combine':
        return await combineCommand(ctx, rest, values);
      case 'import-members':
        return await importMembersCommand(ctx, rest[0], values);
      default:
        throw new UsageError(say(ctx, 'unknownCommand', { command }));
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message);
      return 2;
    }
    if (e instanceof AtomicWriteError) {
      const cause = e.cause as NodeJS.ErrnoException | undefined;
      io.err(
        translate(ctx.lang, `fileWrite.${e.reason}`, {
          file: e.path,
          reason: cause?.code ?? e.message,
        }),
      );
      return 1;
    }
    if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(parseArgsProblem(ctx, String(e.code), e.message));
      io.err(say(ctx, 'usage'));
      return 2;
    }
    // Not a problem the user can fix: one translated line, the technical text after it for a bug report.
    io.err(say(ctx, 'unexpected'));
    io.err(e instanceof Error ? (e.stack ?? e.message) : String(e));
    return 1;
  }
}

/** node:util parseArgs's refusal in the user's language; its English text only names the option. */
function parseArgsProblem(ctx: CliContext, code: string, technical: string): string {
  const option = /'(--?[\w-]+)/.exec(technical)?.[1];
  if (option && code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return say(ctx, 'unknownOption', { option });
  if (option) return say(ctx, 'badOption', { option });
  return say(ctx, 'badArguments');
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) {
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (l) => console.log(l),
    err: (l) => console.error(l),
  });
}
