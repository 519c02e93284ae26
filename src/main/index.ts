import {
  app,
  BrowserWindow,
  Menu,
  net,
  protocol,
  session,
  type MenuItemConstructorOptions,
} from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { registerIpcHandlers } from './ipcHandlers';
import { menuLanguage, menuMessages } from './menuMessages';
import { hardenSession, hardenWindow } from './security';
import { APP_HOST, APP_SCHEME, buildCsp, resolveAppPath } from './securityPolicy';

// The storage identity of every user's data: the userData folder and the
// app://talkoot origin (IndexedDB belongs to the origin). Pinned before the
// first release; changing either orphans existing data.
app.setName('Talkoot');
app.setPath('userData', process.env.TALKOOT_USER_DATA || join(app.getPath('appData'), 'Talkoot'));

protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
  },
]);

const devUrl = process.env.ELECTRON_RENDERER_URL;
const rendererDir = join(__dirname, '../renderer');
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

function serveRenderer(): void {
  const csp = buildCsp();
  protocol.handle(APP_SCHEME, async (request) => {
    const path = resolveAppPath(rendererDir, request.url);
    if (!path) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(path).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', csp);
    return new Response(response.body, { status: response.status, headers });
  });
}

function buildMenu(): void {
  const m = menuMessages[menuLanguage(app.getLocale())];
  const template: MenuItemConstructorOptions[] = [
    { label: m.file, submenu: [{ role: 'quit', label: m.quit }] },
    {
      label: m.edit,
      submenu: [
        { role: 'undo', label: m.undo },
        { role: 'redo', label: m.redo },
        { type: 'separator' },
        { role: 'cut', label: m.cut },
        { role: 'copy', label: m.copy },
        { role: 'paste', label: m.paste },
        { role: 'selectAll', label: m.selectAll },
      ],
    },
    {
      label: m.view,
      submenu: [
        { role: 'zoomIn', label: m.zoomIn },
        { role: 'zoomOut', label: m.zoomOut },
        { role: 'resetZoom', label: m.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: m.fullscreen },
      ],
    },
    { label: m.help, submenu: [{ role: 'about', label: m.about }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function start(): void {
  hardenSession(session.defaultSession, devUrl);
  serveRenderer();
  buildMenu();
  registerIpcHandlers(() => mainWindow, devUrl);

  mainWindow = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    title: 'Talkoot',
    show: false,
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    },
  });
  hardenWindow(mainWindow, devUrl);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(devUrl ?? `${APP_SCHEME}://${APP_HOST}/index.html`);
}
