// The whole bridge between the page and main: one named function per IPC
// message, checked against the shared `TalkootApi` type. Never ipcRenderer
// itself or a generic send(channel). This preload runs sandboxed and is
// bundled to CommonJS: it imports only `electron` and the channel names (no
// zod; the payloads are validated in main).
import { contextBridge, ipcRenderer } from 'electron';
import type { TalkootApi } from '../shared/ipc';
import { ipcChannels, mainToWindowChannels } from '../shared/ipcChannels';
import { isMenuCommand } from '../shared/menuCommands';

const api = {
  saveFile: (request) => ipcRenderer.invoke(ipcChannels.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(ipcChannels.openFile, request),
  appInfo: () => ipcRenderer.invoke(ipcChannels.appInfo),
  backupStatus: () => ipcRenderer.invoke(ipcChannels.backupStatus),
  backupWrite: (request) => ipcRenderer.invoke(ipcChannels.backupWrite, request),
  backupRead: (request) => ipcRenderer.invoke(ipcChannels.backupRead, request),
  backupChooseFolder: () => ipcRenderer.invoke(ipcChannels.backupChooseFolder),
  onBeforeClose: (handler) => {
    // The handler gets no event object: nothing of ipcRenderer reaches the page.
    ipcRenderer.removeAllListeners(mainToWindowChannels.beforeClose);
    ipcRenderer.on(mainToWindowChannels.beforeClose, () => {
      void handler()
        .catch(() => undefined)
        .finally(() => ipcRenderer.invoke(ipcChannels.readyToClose));
    });
  },
  setLanguage: (request) => ipcRenderer.invoke(ipcChannels.setLanguage, request),
  setTheme: (request) => ipcRenderer.invoke(ipcChannels.setTheme, request),
  onMenuCommand: (handler) => {
    // Only the command name reaches the page, and only a known one.
    ipcRenderer.removeAllListeners(mainToWindowChannels.menuCommand);
    ipcRenderer.on(mainToWindowChannels.menuCommand, (_event, command: unknown) => {
      if (isMenuCommand(command)) handler(command);
    });
  },
} satisfies TalkootApi;

contextBridge.exposeInMainWorld('api', api);
