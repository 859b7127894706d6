import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher } from '../ipc/dispatch.js';
import { createEventHub, type EventHub } from '../ipc/event-hub.js';
import { findAppRoot } from '../services/app-root.js';
import { readPackageInfo } from '../services/app-info.js';
import { contentSecurityPolicy } from '../services/content-security-policy.js';
import { createHandlers } from '../services/create-handlers.js';
import type { SitesDeps } from '../services/sites-deps.js';
import { createHubSessionManager } from '../sessions/hub-session-manager.js';
import { openShellTransfers } from '../transfers/shell-transfers.js';
import { createShellPublish } from '../publish/shell-publish.js';
import type { CertificatePinStore, PasswordLookup } from '../sessions/ports.js';
import { createSocketEndpoint } from './socket-endpoint.js';
import { serveStatic } from './static-files.js';
import { createToken } from './token.js';

/** Options for startWebShell. */
export interface WebShellOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** The built renderer (dist/renderer). */
  readonly staticDir: string;
  /** Default folder of the local pane; the user's home unless given. */
  readonly homeDir?: string;
  /** Where name and version come from; the app root's package.json unless given. */
  readonly packageJsonPath?: string;
  /** Certificate pins for remote sessions; kept in memory for the shell's lifetime unless given. */
  readonly pins?: CertificatePinStore;
  /** Saved site passwords, for `remote:connect` by site id. */
  readonly passwords?: PasswordLookup;
  /** The site store and keychain (services/sites-runtime.ts); they also serve as pins and passwords above. */
  readonly sites?: SitesDeps;
  /** Where the transfer queue is saved (`transfers.json`); without it the queue lives in memory only. */
  readonly userDataDir?: string;
}

/** A running web shell. */
export interface WebShell {
  /** What to open in a browser, token included. */
  readonly url: string;
  readonly token: string;
  readonly port: number;
  /** Main's event fan-out, for services that push events. */
  readonly events: EventHub;
  close(): Promise<void>;
}

/**
 * Serves the renderer and the IPC handlers over HTTP + WebSocket on 127.0.0.1 only, for machines without the
 * Electron runtime and for e2e tests. The token is the only credential; the Origin and Host checks stop other
 * pages and DNS-rebinding names from using it.
 */
export async function startWebShell(options: WebShellOptions): Promise<WebShell> {
  const pkg = await readPackageInfo(options.packageJsonPath ?? join(findAppRoot(import.meta.url), 'package.json'));
  const events = createEventHub();
  const pins = options.pins ?? options.sites?.store;
  const passwords = options.passwords ?? options.sites?.credentials;
  const sessions = createHubSessionManager({
    hub: events,
    ...(pins === undefined ? {} : { pins }),
    ...(passwords === undefined ? {} : { passwords }),
  });
  const transfers = await openShellTransfers({
    hub: events,
    sessions,
    ...(options.sites === undefined ? {} : { sites: options.sites }),
    ...(options.userDataDir === undefined ? {} : { userDataDir: options.userDataDir }),
  });
  const publish = createShellPublish({
    hub: events,
    sessions,
    ...(options.sites === undefined ? {} : { sites: options.sites }),
    ...(options.userDataDir === undefined ? {} : { userDataDir: options.userDataDir }),
  });
  const handlers = createHandlers({
    homeDir: options.homeDir ?? homedir(),
    shell: 'web',
    pkg,
    sessions,
    events,
    ...(options.sites === undefined ? {} : { sites: options.sites }),
    transfers: transfers.queue,
    publish,
  });
  const dispatch = createDispatcher(handlers, { validateResponses: true });
  const token = createToken();
  let port = 0;
  const host = (): string => `127.0.0.1:${port}`;
  const endpoint = createSocketEndpoint({ token, origin: () => `http://${host()}`, dispatch, hub: events });

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    setCommonHeaders(response, port);
    if (request.headers.host !== host()) {
      response.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Open http://${host()}/ instead`);
      return;
    }
    serveStatic(options.staticDir, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    });
  });
  server.on('upgrade', (request, socket, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    endpoint.handleUpgrade(request, socket, head);
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${host()}/?token=${token}`,
    token,
    port,
    events,
    close: async () => {
      // QUIT every FTP session first (bounded per session), so servers see a clean goodbye; running
      // transfers stop and are saved as queued, to resume on the next start.
      await Promise.all([sessions.closeAll(), transfers.close(), publish.close()]);
      await new Promise<void>((resolve) => {
        endpoint.close();
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function setCommonHeaders(response: ServerResponse, port: number): void {
  response.setHeader('Content-Security-Policy', contentSecurityPolicy({ connectSrc: [`ws://127.0.0.1:${port}`] }));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  // The page's URL carries the token until the bridge strips it: never leak it in a Referer.
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}
