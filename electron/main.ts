// Electron's main process: lifecycle only. Logic lives in services/ and ipc/, shared with the web shell.
import { app, BrowserWindow, ipcMain, session } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDispatcher } from './ipc/dispatch.js';
import { installElectronIpc } from './ipc/electron-adapter.js';
import { createEventHub } from './ipc/event-hub.js';
import { isTrustedRendererUrl } from './ipc/sender-policy.js';
import { readPackageInfo } from './services/app-info.js';
import { createHandlers } from './services/create-handlers.js';
import { openSitesDeps } from './services/sites-runtime.js';
import { createHubSessionManager } from './sessions/hub-session-manager.js';
import { openShellTransfers } from './transfers/shell-transfers.js';
import { createShellPublish } from './publish/shell-publish.js';
import { createMainWindow, hardenSession } from './window.js';

const appRoot = app.getAppPath();
const rendererDir = join(appRoot, 'dist', 'renderer');
// Honoured only unpackaged, so a shipped app can never be pointed at another page by the environment.
const devServerUrl = app.isPackaged ? undefined : process.env['FERRY_DEV_SERVER_URL'];

async function start(): Promise<void> {
  const pkg = await readPackageInfo(join(appRoot, 'package.json'));
  const hub = createEventHub();
  // Test knobs (FERRY_USER_DATA, FERRY_CREDENTIALS=memory) only unpackaged: a shipped app always uses the
  // real user-data folder and the OS keychain.
  const testEnv = app.isPackaged ? {} : process.env;
  const userDataDir = testEnv['FERRY_USER_DATA'] ?? app.getPath('userData');
  const sites = await openSitesDeps({ userDataDir, env: testEnv });
  // The site store keeps "trust always" pins; saved passwords come from the keychain for remote:connect.
  const sessions = createHubSessionManager({ hub, pins: sites.store, passwords: sites.credentials });
  // The queue (transfers.json beside sites.json) runs its connections in worker threads, off this one.
  const transfers = await openShellTransfers({ hub, sessions, sites, userDataDir });
  // Publishing (manifests in <userData>/publish-manifests); "Open website" leaves through setWindowOpenHandler.
  const publish = createShellPublish({ hub, sessions, sites, userDataDir });
  const handlers = createHandlers({ homeDir: app.getPath('home'), shell: 'electron', pkg, sessions, events: hub, sites, transfers: transfers.queue, publish });
  const dispatch = createDispatcher(handlers, { validateResponses: !app.isPackaged });
  const ipc = installElectronIpc({
    ipcMain,
    dispatch,
    hub,
    isTrustedUrl: (url) => isTrustedRendererUrl(url, devServerUrl === undefined ? { rendererDir } : { rendererDir, devOrigin: devServerUrl }),
  });
  hardenSession(session.defaultSession, devServerUrl);
  const openWindow = (): void => {
    const win = createMainWindow({
      preloadPath: fileURLToPath(new URL('./preload.cjs', import.meta.url)),
      indexHtml: join(rendererDir, 'index.html'),
      ...(devServerUrl === undefined ? {} : { devServerUrl }),
    });
    ipc.attach(win.webContents);
  };
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  // QUIT open FTP sessions before leaving (each bounded to a couple of seconds), then quit for real.
  // Running transfers stop and are saved as queued, so the next start resumes them.
  let sessionsClosed = false;
  app.on('before-quit', (event) => {
    if (sessionsClosed) return;
    event.preventDefault();
    void Promise.all([sessions.closeAll(), transfers.close(), publish.close()]).finally(() => {
      sessionsClosed = true;
      app.quit();
    });
  });
  app.on('will-quit', () => ipc.dispose());
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win === undefined) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('ferry: failed to start', error);
      app.exit(1);
    });
}
