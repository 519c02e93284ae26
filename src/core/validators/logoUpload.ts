import { LOGO_MAX_BYTES, logoProblem } from './image';

/** Why a chosen logo file is refused, as the association's details explain it. */
export type LogoUploadProblem = 'wrongType' | 'tooLarge' | 'unreadable';

/** The file types a logo may have: the ones every PDF reader draws. */
export const logoFileTypes = ['image/png', 'image/jpeg'] as const;

/**
 * The first check of a chosen file, before it is read: its type and its size
 * in bytes (a 50 MB photo is refused without being loaded into memory).
 */
export function logoFileProblem(file: { type: string; size: number }): LogoUploadProblem | null {
  if (!(logoFileTypes as readonly string[]).includes(file.type)) return 'wrongType';
  if (file.size > LOGO_MAX_BYTES) return 'tooLarge';
  return null;
}

/**
 * The check of the file's contents as a data: URL, by the same rule the
 * profile schema applies (`logoProblem`), in the words of the upload.
 */
export function logoDataUrlProblem(dataUrl: string): LogoUploadProblem | null {
  const problem = logoProblem(dataUrl);
  return problem === 'imageTooLarge'
    ? 'tooLarge'
    : problem === 'invalidImage'
      ? 'unreadable'
      : null;
}
