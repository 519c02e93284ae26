import { translate } from '../i18n/translate';
import type { Language } from '../schemas';
import { columnLetter } from './guessMapping';
import type { ImportFileError } from './ImportFileError';
import type { MemberImportError, MemberImportPreview } from './prepareMemberImport';

/** One import problem as a sentence in the user's language, with row, field and column. */
function formatImportError(error: MemberImportError, lang: Language): string {
  const problem = translate(lang, `memberImport.errors.${error.code}`, error.params ?? {});
  if (error.row === undefined) return problem;
  if (!error.field) return translate(lang, 'memberImport.atRow', { row: error.row, problem });
  const field = translate(lang, `memberImport.fields.${error.field}`);
  if (error.column === undefined) {
    return translate(lang, 'memberImport.atField', { row: error.row, field, problem });
  }
  return translate(lang, 'memberImport.atColumn', {
    row: error.row,
    field,
    column: columnLetter(error.column),
    problem,
  });
}

/**
 * Every problem of a preview as lines in the user's language, file problems
 * first, at most `max` lines plus one that says how many more there are.
 */
export function formatImportErrors(
  preview: Pick<MemberImportPreview, 'errors'>,
  lang: Language,
  max = 50,
): string[] {
  const lines = preview.errors.slice(0, max).map((e) => formatImportError(e, lang));
  if (preview.errors.length > max) {
    lines.push(translate(lang, 'memberImport.moreErrors', { count: preview.errors.length - max }));
  }
  return lines;
}

/** The probable duplicates of a preview as lines in the user's language. */
export function formatImportDuplicates(
  preview: Pick<MemberImportPreview, 'duplicates'>,
  lang: Language,
): string[] {
  return preview.duplicates.map((d) => {
    const params = {
      row: d.row,
      name: d.fullName,
      municipality: d.homeMunicipality,
      reason: translate(lang, `memberImport.duplicates.reasons.${d.reason}`),
    };
    return d.match.kind === 'existing'
      ? translate(lang, 'memberImport.duplicates.existing', {
          ...params,
          otherName: d.match.fullName,
          otherMunicipality: d.match.homeMunicipality,
        })
      : translate(lang, 'memberImport.duplicates.inFile', { ...params, otherRow: d.match.row });
  });
}

/** Why a file could not be read at all, in the user's language. */
export function formatImportFileError(error: ImportFileError, lang: Language): string {
  return translate(lang, `memberImport.errors.${error.code}`, error.params);
}
