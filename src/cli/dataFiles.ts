import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  formatDataFileIssues,
  parseDataFileBytes,
  serializeDataFileBytesWith,
  type ParsedDataFile,
  type ParseResult,
  type SerializeOptions,
} from '../core/dataFile';
import { isEncryptedFile } from '../core/crypto/encryptedFile';
import { translate } from '../core/i18n';
import type { Dataset } from '../core/schemas';
import { decryptFileSync } from '../node/decryptFileSync';
import { say, UsageError, type CliContext } from './context';

/** The environment variable the CLI takes an encrypted file's passphrase from. */
export const PASSPHRASE_VARIABLE = 'TALKOOT_PASSPHRASE';

/**
 * SHA-256 (hex) by Node's crypto: native, so a data file's checksum is
 * checked over its own bytes and written without the portable hash, which
 * takes seconds over a federation's 90 MB file (the app uses WebCrypto's).
 */
export const nodeSha256Hex = async (bytes: Uint8Array): Promise<string> =>
  createHash('sha256').update(bytes).digest('hex');

/**
 * A data file's bytes, or why not in the user's language. An encrypted file
 * is decrypted with the passphrase in TALKOOT_PASSPHRASE (never a
 * command-line argument, which other users of the computer can see).
 */
export function readDataFileBytes(
  ctx: CliContext,
  file: string,
  env: Record<string, string | undefined> = process.env,
): Uint8Array {
  const bytes = readFileOrSay(ctx, file);
  if (!isEncryptedFile(bytes)) return bytes;
  const passphrase = env[PASSPHRASE_VARIABLE];
  if (!passphrase) throw new UsageError(say(ctx, 'encrypted', { file }));
  const opened = decryptFileSync(bytes, passphrase);
  if (!opened.ok) throw new UsageError(translate(ctx.lang, `encryption.${opened.code}`));
  return opened.plain;
}

/** A file's bytes, or a usage error saying in the user's language why it cannot be read. */
export function readFileOrSay(ctx: CliContext, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new UsageError(
      say(ctx, 'cannotRead', { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) }),
    );
  }
}

const isUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/**
 * Read and check a data file as the app does (parseDataFileBytes): every
 * record validated, the checksum of a file as Talkoot wrote it taken over its
 * bytes. Strict UTF-8, as in the app: a Windows-1252 file is refused with
 * its own message rather than read with � in it.
 */
export async function parseDataFileAt(
  ctx: CliContext,
  file: string,
  env: Record<string, string | undefined> = process.env,
): Promise<ParseResult> {
  const bytes = readDataFileBytes(ctx, file, env);
  const result = await parseDataFileBytes(bytes, { sha256Hex: nodeSha256Hex });
  // Decoded again only when the file failed: to tell "not UTF-8" from "not JSON".
  if (!result.ok && result.issues[0]?.code === 'notJson' && !isUtf8(bytes)) {
    throw new UsageError(say(ctx, 'notUtf8', { file }));
  }
  return result;
}

/**
 * parseDataFileAt for a command that only reads the file: an invalid file is
 * named on stderr with (the first 20 of) its issues, and gives `null`.
 */
export async function readValidDataFile(
  ctx: CliContext,
  file: string,
): Promise<ParsedDataFile | null> {
  const parsed = await parseDataFileAt(ctx, file);
  if (parsed.ok) return parsed.file;
  ctx.err(say(ctx, 'invalid', { file }));
  for (const line of formatDataFileIssues(parsed.issues, ctx.lang, 20)) ctx.err(`  ${line}`);
  return null;
}

/** A dataset as a data file's bytes, as the app writes it (serializeDataFileBytesWith). */
export const dataFileBytes = (dataset: Dataset, options: SerializeOptions) =>
  serializeDataFileBytesWith(dataset, options, nodeSha256Hex);
