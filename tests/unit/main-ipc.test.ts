import { describe, expect, it } from 'vitest';
import { openFileRequestSchema, saveFileRequestSchema } from '../../src/shared/ipc';

describe('IPC payload schemas (validated in main)', () => {
  it('accepts well-formed requests', () => {
    expect(
      saveFileRequestSchema.safeParse({
        suggestedName: 'talkoot-2026-11-22.json',
        data: '{}',
        filters: [{ name: 'Talkoot', extensions: ['json'] }],
      }).success,
    ).toBe(true);
    expect(
      saveFileRequestSchema.safeParse({ suggestedName: 'r.pdf', data: new Uint8Array([1]) })
        .success,
    ).toBe(true);
    expect(openFileRequestSchema.safeParse({}).success).toBe(true);
  });

  it('rejects malformed requests', () => {
    expect(saveFileRequestSchema.safeParse({ data: '{}' }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ suggestedName: 'x', data: 42 }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ suggestedName: '', data: '' }).success).toBe(false);
    expect(
      saveFileRequestSchema.safeParse({
        suggestedName: 'x',
        data: '',
        filters: [{ name: 'x', extensions: ['../sh'] }],
      }).success,
    ).toBe(false);
    expect(openFileRequestSchema.safeParse({ filters: 'json' }).success).toBe(false);
  });
});
