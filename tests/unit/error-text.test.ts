import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { errorText, UserFacingError } from '../../src/core/errors';
import { GrantError } from '../../src/core/grants/errors';
import { InvoiceError } from '../../src/core/invoices/InvoiceError';
import { ReportError } from '../../src/core/reports/ReportError';
import { translate } from '../../src/core/i18n';

describe('errorText: what the user is told when an action fails', () => {
  afterEach(() => vi.restoreAllMocks());

  it("names core's errors by their code in the user's language", () => {
    expect(errorText(new ReportError('noProfile'), 'en')).toBe(
      translate('en', 'reports.errors.noProfile'),
    );
    expect(errorText(new GrantError('grantNotFound'), 'sv')).toBe(
      translate('sv', 'grants.errors.grantNotFound'),
    );
    expect(errorText(new InvoiceError('noIban'), 'fi')).toBe(
      translate('fi', 'invoices.errors.noIban'),
    );
  });

  it('shows a message already written for the user as it is', () => {
    expect(errorText(new UserFacingError('Ei määräaikoja.'), 'fi')).toBe('Ei määräaikoja.');
  });

  it('never shows a raw Dexie, zod or file-system message; the technical text goes to the console', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const quota = Object.assign(new Error('QuotaExceededError: Transaction aborted'), {
      name: 'QuotaExceededError',
    });
    expect(errorText(quota, 'fi')).toBe(translate('fi', 'errors.storageFull'));
    const closed = Object.assign(new Error('Database has been closed'), {
      name: 'DatabaseClosedError',
    });
    expect(errorText(closed, 'en')).toBe(translate('en', 'errors.storageClosed'));
    const zod = z.object({ a: z.string() }).safeParse({ a: 1 }).error;
    expect(errorText(zod, 'sv')).toBe(translate('sv', 'errors.invalidRecord'));
    const fs = Object.assign(new Error("ENOENT: no such file or directory, open '/x'"), {
      code: 'ENOENT',
    });
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const text = errorText(fs, lang);
      expect(text).toBe(translate(lang, 'errors.unexpected'));
      expect(text).not.toContain('ENOENT');
    }
    expect(errorText('a thrown string', 'fi')).toBe(translate('fi', 'errors.unexpected'));
    expect(log).toHaveBeenCalledWith(fs);
  });
});
