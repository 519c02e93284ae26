// Why a file write failed, as the user can act on it. Shared by the atomic
// writer (main, CLI) and the renderer, which shows each reason in the user's
// language: only this code crosses IPC, never a path-laden Node message.
export const writeFailureReasons = [
  'noSpace',
  'noPermission',
  'readOnly',
  'missingFolder',
  'other',
] as const;
export type WriteFailureReason = (typeof writeFailureReasons)[number];
