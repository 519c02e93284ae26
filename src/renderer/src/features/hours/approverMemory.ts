const STORAGE_KEY = 'talkoot.hourApprover';

/**
 * The name to offer as the approver: the one used last on this computer, else
 * the association's chair, else nothing.
 */
export function suggestedApprover(chairName: string | undefined): string {
  let saved: string | null = null;
  try {
    saved = globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    // Storage can be unavailable (privacy settings); the chair's name still works.
  }
  return saved?.trim() || chairName?.trim() || '';
}

/** Remember the approver's name for the next time hours are approved. */
export function rememberApprover(name: string): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, name);
  } catch {
    // Not remembering the name is harmless: the user can type it again.
  }
}
