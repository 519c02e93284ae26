import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { parseDataFile } from '../../src/core/dataFile';

it('the example in docs/data-format.md is a valid data file', () => {
  const doc = readFileSync(resolve(import.meta.dirname, '../../docs/data-format.md'), 'utf8');
  const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
  expect(example).toBeDefined();
  const result = parseDataFile(example!);
  expect(result.ok ? [] : result.issues).toEqual([]);
});
