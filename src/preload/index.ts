// The whole bridge between the page and main: one named function per IPC
// message, checked against the shared `TalkootApi` type. Never ipcRenderer
// itself or a generic send(channel). This preload runs sandboxed and is
// bundled to CommonJS: it imports only `electron` and the channel names (no
// zod; the payloads are validated in main).
import { contextBridge, ipcRenderer } from 'electron';
import type { TalkootApi } from '../shared/ipc';
import { ipcChannels } from '../shared/ipcChannels';

const api = {
  saveFile: (request) => ipcRenderer.invoke(ipcChannels.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(ipcChannels.openFile, request),
  appInfo: () => ipcRenderer.invoke(ipcChannels.appInfo),
  setLanguage: (request) => ipcRenderer.invoke(ipcChannels.setLanguage, request),
} satisfies TalkootApi;

contextBridge.exposeInMainWorld('api', api);
