import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannels } from '../shared/ipcChannels';
import type { TalkootApi } from '../shared/ipc';

// One named function per IPC message; never ipcRenderer itself or a generic send.
const api = {
  saveFile: (request) => ipcRenderer.invoke(ipcChannels.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(ipcChannels.openFile, request),
  appInfo: () => ipcRenderer.invoke(ipcChannels.appInfo),
} satisfies TalkootApi;

contextBridge.exposeInMainWorld('api', api);
