/**
 * IPC channel names, in a module of their own so that the sandboxed preload
 * can import them without pulling zod into its bundle. `ipc.ts` re-exports.
 */
export const ipcChannels = {
  saveFile: 'talkoot:save-file',
  openFile: 'talkoot:open-file',
  appInfo: 'talkoot:app-info',
  setLanguage: 'talkoot:set-language',
} as const;

export type IpcChannel = (typeof ipcChannels)[keyof typeof ipcChannels];
