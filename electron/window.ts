import { BrowserWindow, shell, type Session } from 'electron';
import { contentSecurityPolicy } from './services/content-security-policy.js';

/** Where the window's page and preload come from. */
export interface MainWindowOptions {
  readonly preloadPath: string;
  /** dist/renderer/index.html, loaded from file:// (its <meta> CSP applies there). */
  readonly indexHtml: string;
  /** The Vite dev server, only for an unpackaged app in development. */
  readonly devServerUrl?: string;
}

/**
 * Locks a session down once: the CSP header for http(s) responses (the dev server; file:// pages rely on
 * index.html's <meta> CSP, since webRequest never sees file loads), and every permission refused.
 */
export function hardenSession(session: Session, devServerUrl?: string): void {
  const csp = contentSecurityPolicy(
    devServerUrl === undefined
      ? {}
      : { connectSrc: [new URL(devServerUrl).origin.replace(/^http/, 'ws')], devInlineScripts: true },
  );
  session.webRequest.onHeadersReceived({ urls: ['http://*/*', 'https://*/*'] }, (details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Ferry's single window, following Electron's security checklist; it holds no logic of its own. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Ferry',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  const contents = win.webContents;
  // The app is one page: any navigation is either a bug or an attack (e.g. a dropped file or injected link).
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.once('ready-to-show', () => win.show());
  if (options.devServerUrl !== undefined) void win.loadURL(options.devServerUrl);
  else void win.loadFile(options.indexHtml);
  return win;
}

function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
