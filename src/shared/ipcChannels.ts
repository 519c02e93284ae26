/** IPC channel names; kept apart from ipc.ts so the sandboxed preload bundle needs no zod. */
export const ipcChannels = {
  saveFile: 'talkoot:save-file',
  openFile: 'talkoot:open-file',
  appInfo: 'talkoot:app-info',
} as const;
