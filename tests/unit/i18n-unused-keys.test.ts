import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/core/i18n';

/**
 * Prefixes whose keys are named by data at run time, never written out in
 * code: a data file's issue codes come from zod messages and the file itself.
 */
const dynamicPrefixes = ['dataFile.issues.', 'dataFileFields.'];

function leafKeys(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix.slice(0, -1)];
  return Object.entries(tree as object).flatMap(([k, v]) => leafKeys(v, `${prefix}${k}.`));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return path.endsWith('i18n/messages') ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/**
 * Catalogue keys no code refers to. A key counts as used when its full name,
 * or any tail of it after the area (as a scoped `t('title')` names it), is a
 * string in the code, or when code builds it from a prefix (`foo.errors.${code}`).
 * Generous on purpose: what it still reports is surely unused.
 */
function unusedKeys(): string[] {
  const code = sourceFiles('src')
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const strings = new Set<string>();
  for (const m of code.matchAll(/(['"`])([\w.-]+?)\1/g)) strings.add(m[2]!);
  const prefixes = new Set<string>(dynamicPrefixes);
  for (const m of code.matchAll(/`([\w.]*\.)\$\{/g)) prefixes.add(m[1]!);
  const keys = [...new Set(leafKeys(messages.fi).map((k) => k.replace(/_(one|other)$/, '')))];
  return keys.filter((key) => {
    const parts = key.split('.');
    for (let i = 0; i < parts.length; i++) {
      if (strings.has(parts.slice(i).join('.'))) return false;
    }
    // A prefix names the key's parent, fully (`fees.errors.${code}`) or by its tail (`errors.${code}`).
    const parent = key.slice(0, key.lastIndexOf('.') + 1);
    for (const p of prefixes) if (key.startsWith(p) || parent.endsWith(`.${p}`)) return false;
    return true;
  });
}

describe('the message catalogue', () => {
  it('has no key that no code refers to', () => {
    expect(unusedKeys()).toEqual([]);
  });
});
