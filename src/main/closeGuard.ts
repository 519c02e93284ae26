// Closing the window waits for its last backup: the first close is held, the
// window is asked (mainToWindowChannels.beforeClose), and it closes when the
// window answers readyToClose — or after a timeout, so a hung page can never
// keep the app from quitting. Pure over its callbacks; tests/unit/main-backups.test.ts.

export type CloseGuardDeps = {
  /** Ask the window for its last backup; false when there is no page to ask. */
  askWindow: () => boolean;
  /** Close for real (the guard lets this one through). */
  closeWindow: () => void;
  timeoutMs: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
};

export function createCloseGuard(deps: CloseGuardDeps) {
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((t) => clearTimeout(t as NodeJS.Timeout));
  let state: 'open' | 'asking' | 'closing' = 'open';
  let timer: unknown;

  const finish = () => {
    if (state === 'closing') return;
    clearTimer(timer);
    state = 'closing';
    deps.closeWindow();
  };

  return {
    /** From the window's 'close' event; `prevent` is event.preventDefault. */
    onClose(prevent: () => void): void {
      if (state === 'closing') return;
      prevent();
      if (state === 'asking') return;
      state = 'asking';
      if (!deps.askWindow()) return finish();
      timer = setTimer(finish, deps.timeoutMs);
    },
    /** The window answered: its backup is written (or it had nothing to write). */
    ready(): void {
      if (state === 'asking') finish();
    },
  };
}
