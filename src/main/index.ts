import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  nativeTheme,
  net,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Language } from '../core/schemas/common';
import { APP_ORIGIN, APP_SCHEME } from '../shared/ipc';
import { mainToWindowChannels } from '../shared/ipcChannels';
import { createBackupService } from './backupService';
import { createCloseGuard } from './closeGuard';
import { createIpcHandlers, registerIpcHandlers, selectFileDialogs } from './ipcHandlers';
import { userDataPath } from './userDataPath';
import { applyStoredLanguage, readStoredLanguage, storeLanguage } from './appLanguage';
import { menuLanguage } from './menuMessages';
import {
  MIN_WINDOW_SIZE,
  readWindowState,
  storeWindowState,
  windowPlacement,
  windowStateToSave,
} from './windowState';
import { contextMenuTemplate, menuTemplate, type MenuOptions } from './menuTemplate';
import {
  confirmExternalLinkDialog,
  nativeDialogs,
  showAboutDialog,
  showFolderMissing,
} from './nativeDialogs';
import {
  buildCsp,
  createExternalLinkOpener,
  hardenSession,
  hardenWebContents,
  resolveAppPath,
} from './security';

// --- Before ready -----------------------------------------------------------

// The storage identity of every user's data is the userData folder plus the
// app://talkoot origin (IndexedDB belongs to the origin and lives under
// userData). Pinned here, explicitly, so that renaming the package or the
// product never moves it: changing either orphans existing data. Tests point
// TALKOOT_USER_DATA at a fresh folder. This must precede the single-instance
// lock, which Electron keys on the userData folder.
app.setName('Talkoot');
const userDataOverride = process.env.TALKOOT_USER_DATA;
app.setPath('userData', userDataPath(app.getPath('appData'), userDataOverride));

// Chromium's locale follows the app's language (stored by the renderer at
// the last start), not the operating system's: it can only be set before ready.
applyStoredLanguage(app.commandLine, app.getPath('userData'));

// A standard, secure scheme: a real origin for IndexedDB, fetch and CORS.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
  },
]);
// Every renderer sandboxed, whatever a BrowserWindow's options say.
app.enableSandbox();

// The dev server only in `npm run dev`; a packaged app ignores the variable.
const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined;
const rendererDir = join(__dirname, '../renderer');
const csp = buildCsp(devUrl);
let mainWindow: BrowserWindow | null = null;
/** How long a closing window may take for its last backup before it closes anyway. */
const LAST_BACKUP_TIMEOUT_MS = 20_000;
let closeGuard: ReturnType<typeof createCloseGuard> | null = null;

/** The app's language as main knows it: stored by the renderer, else the system's. */
let language: Language = readStoredLanguage(app.getPath('userData')) ?? 'fi';

// The only way to the system browser: an allow-listed https address, after
// a question that shows it (security.ts).
const openExternalLink = createExternalLinkOpener({
  confirm: confirmExternalLinkDialog(
    () => mainWindow,
    () => language,
  ),
  open: (url) => shell.openExternal(url),
});

app.on('web-contents-created', (_event, contents) => {
  hardenWebContents(contents, devUrl, openExternalLink);
});

if (!app.requestSingleInstanceLock()) {
  // Another Talkoot already runs on this data folder: it gets focused instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) {
      if (app.isReady()) createWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && !mainWindow) createWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Talkoot failed to start', error);
      app.exit(1);
    });
}

// --- After ready ------------------------------------------------------------

function start(): void {
  hardenSession(session.defaultSession, devUrl);
  serveRenderer();
  language = readStoredLanguage(app.getPath('userData')) ?? menuLanguage(app.getLocale());
  app.setAboutPanelOptions({ applicationName: 'Talkoot', applicationVersion: app.getVersion() });
  const dialogs = selectFileDialogs(
    process.env,
    nativeDialogs(() => mainWindow),
  );
  const backups = createBackupService({
    settingsPath: join(app.getPath('userData'), 'settings.json'),
    defaultFolder: () =>
      process.env.TALKOOT_BACKUP_DIR
        ? resolve(process.env.TALKOOT_BACKUP_DIR)
        : join(app.getPath('documents'), 'Talkoot', 'Backups'),
    now: () => new Date(),
    chooseFolder: dialogs.chooseFolder,
  });
  registerIpcHandlers(
    ipcMain,
    createIpcHandlers({
      dialogs,
      backups,
      readyToClose: () => closeGuard?.ready(),
      documentsDir: () => app.getPath('documents'),
      appInfo: () => ({
        name: app.getName(),
        version: app.getVersion(),
        platform: process.platform,
        userDataPath: app.getPath('userData'),
      }),
      // The title bar, menus and dialogs follow Settings → Appearance too.
      applyTheme: (theme) => {
        nativeTheme.themeSource = theme === 'auto' ? 'system' : theme;
      },
      saveLanguage: async (chosen) => {
        // The menu follows at once; Chromium's own locale at the next start.
        if (chosen !== language) {
          language = chosen;
          setApplicationMenu();
        }
        await storeLanguage(app.getPath('userData'), chosen);
      },
      devUrl,
    }),
  );
  menuActions = {
    about: () =>
      void showAboutDialog(mainWindow, language, {
        version: app.getVersion(),
        folder: app.getPath('userData'),
      }),
    // Made if no backup has been written yet, so the user sees where they will go.
    openBackupFolder: () =>
      void openFolder(
        backups.status().then(async ({ folder }) => {
          await mkdir(folder, { recursive: true }).catch(() => undefined);
          return folder;
        }),
      ),
    userGuide: () => void openFolder(Promise.resolve(userGuidePath())),
  };
  setApplicationMenu();
  createWindow();
}

let menuActions: Pick<MenuOptions, 'about' | 'openBackupFolder' | 'userGuide'> | null = null;

/** (Re)builds the application menu in the app's current language. */
function setApplicationMenu(): void {
  if (!menuActions) return;
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(language, {
        platform: process.platform,
        development: !app.isPackaged,
        send: (command) => {
          const contents = mainWindow?.webContents;
          if (contents && !contents.isDestroyed()) {
            contents.send(mainToWindowChannels.menuCommand, command);
          }
        },
        ...menuActions,
      }),
    ),
  );
}

/** Opens a folder or file with the system's own app; says so when it cannot. */
async function openFolder(path: Promise<string>): Promise<void> {
  const target = await path;
  const problem = await shell.openPath(target);
  if (problem) await showFolderMissing(mainWindow, language, target);
}

/** The user guide shipped with the app (README.md and docs/, see electron-builder.yml). */
function userGuidePath(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'guide', 'README.md')
    : join(app.getAppPath(), 'README.md');
}

/** Serves out/renderer on app://talkoot/, refusing any path outside it, with the CSP on every response. */
function serveRenderer(): void {
  const notFound = () =>
    new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain', 'Content-Security-Policy': csp },
    });
  protocol.handle(APP_SCHEME, async (request) => {
    const path = resolveAppPath(rendererDir, request.url);
    if (!path) return notFound();
    let response: Response;
    try {
      response = await net.fetch(pathToFileURL(path).toString());
    } catch {
      return notFound(); // net::ERR_FILE_NOT_FOUND and friends
    }
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', csp);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  });
}

function createWindow(): void {
  const userData = app.getPath('userData');
  // Where it was last time, unless that display is gone (windowState.ts).
  const placement = windowPlacement(
    readWindowState(userData),
    screen.getAllDisplays(),
    screen.getPrimaryDisplay(),
  );
  const win = new BrowserWindow({
    x: placement.x,
    y: placement.y,
    width: placement.width,
    height: placement.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Talkoot',
    show: false,
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      // Spelled out here, in the constructor, where electronegativity
      // (npm test) checks them: isolated, sandboxed, no Node anywhere, no
      // webviews, no middle-click new windows, no insecure content.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
    },
  });
  mainWindow = win;
  const guard = createCloseGuard({
    askWindow: () => {
      if (win.webContents.isDestroyed() || win.webContents.isCrashed()) return false;
      win.webContents.send(mainToWindowChannels.beforeClose);
      return true;
    },
    closeWindow: () => win.close(),
    timeoutMs: LAST_BACKUP_TIMEOUT_MS,
  });
  closeGuard = guard;
  win.on('close', (event) => guard.onClose(() => event.preventDefault()));
  win.once('ready-to-show', () => {
    if (placement.maximized) win.maximize();
    win.show();
  });
  // Kept when the window closes (the normal bounds, also when maximised).
  win.on('close', () => {
    if (win.isDestroyed() || win.isFullScreen()) return;
    void storeWindowState(
      userData,
      windowStateToSave(win.getNormalBounds(), win.isMaximized()),
    ).catch(() => undefined);
  });
  // Cut, copy and paste on a right click in a text field, in the app's language.
  win.webContents.on('context-menu', (_event, params) => {
    const items = contextMenuTemplate(language, params);
    if (items.length > 0) Menu.buildFromTemplate(items).popup({ window: win });
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.loadURL(devUrl ?? `${APP_ORIGIN}/`).catch((error: unknown) => {
    console.error('Talkoot could not load its window', error);
  });
}
