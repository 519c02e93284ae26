/**
 * Why a whole file cannot be read as member rows. `code` names a message under
 * `memberImport.errors` that the UI and CLI show in the user's language.
 */
export class ImportFileError extends Error {
  constructor(
    readonly code: 'unclosedQuote' | 'unsupportedFile' | 'unreadableSpreadsheet',
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'ImportFileError';
  }
}
