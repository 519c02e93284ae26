/**
 * IPC channel names, in a module of their own so that the sandboxed preload
 * can import them without pulling zod into its bundle. `ipc.ts` re-exports.
 */
export const ipcChannels = {
  saveFile: 'talkoot:save-file',
  openFile: 'talkoot:open-file',
  appInfo: 'talkoot:app-info',
  backupStatus: 'talkoot:backup-status',
  backupWrite: 'talkoot:backup-write',
  backupRead: 'talkoot:backup-read',
  backupChooseFolder: 'talkoot:backup-choose-folder',
  /** The window answers main's beforeClose (below) once its last backup is written. */
  readyToClose: 'talkoot:ready-to-close',
  setLanguage: 'talkoot:set-language',
  /** The colours chosen in Settings → Appearance, for the native parts (title bar, menus, dialogs). */
  setTheme: 'talkoot:set-theme',
} as const;

/** Main → window messages (`webContents.send`); the window never sends these. */
export const mainToWindowChannels = {
  beforeClose: 'talkoot:before-close',
  /** A command from the application menu (`MenuCommand`, src/shared/menuCommands.ts). */
  menuCommand: 'talkoot:menu-command',
} as const;

export type IpcChannel = (typeof ipcChannels)[keyof typeof ipcChannels];
