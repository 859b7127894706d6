import { appError, type AppError } from '../../shared/errors.js';
import type { RemoteEntry, RemoteListing } from '../../shared/remote-entry.js';
import { remoteParent } from '../../shared/remote-path.js';
import type { RemoteSessionState, RemoteWarning } from '../../shared/remote-session.js';
import type { FtpClient } from '../ftp/client.js';
import { FtpConnectionClosedError, FtpConnectionError } from '../ftp/errors.js';
import { toRemoteEntry } from './entry-mapping.js';
import { toAppError } from './error-mapping.js';
import { KeepAlive, type KeepAliveOptions } from './keep-alive.js';
import type { OpenedConnection } from './open-connection.js';
import { SerialQueue } from './serial-queue.js';
import { SessionFailure } from './session-failure.js';

/** A state change of one session, as `remote:state` carries it. */
export interface SessionStateChange {
  readonly state: RemoteSessionState;
  readonly warning?: RemoteWarning;
  readonly error?: AppError;
}

/** What a BrowseSession is given: how to (re)open its connection and whom to tell about state changes. */
export interface BrowseSessionDeps {
  /** Opens a fresh logged-in connection with the session's parameters and trust. */
  readonly reopen: () => Promise<OpenedConnection>;
  readonly onState: (change: SessionStateChange) => void;
  /** Secrets to scrub from errors reported in state events. */
  readonly secrets: readonly string[];
  readonly keepAlive?: KeepAliveOptions;
  /** Milliseconds QUIT may take on disconnect before the socket is just closed. */
  readonly quitTimeoutMs?: number;
}

/** One more batch of a folder listing that is still arriving (see BrowseSession.list). */
export interface ListBatch {
  /** The folder, as the server names it. */
  readonly path: string;
  readonly parent: string | null;
  /** This batch's entries, in the server's order. */
  readonly entries: readonly RemoteEntry[];
  /** Entries so far, this batch's included: equal to `entries.length` for the first batch of an attempt. */
  readonly countSoFar: number;
}

/** The connection dropped: reconnecting and repeating a read-only command is safe. */
function isConnectionLost(error: unknown): boolean {
  return error instanceof FtpConnectionClosedError || error instanceof FtpConnectionError;
}

const closedFailure = (): SessionFailure => new SessionFailure(appError('FTP_CLOSED', 'This connection was closed: connect again.'));

/**
 * One browse connection to one server: commands run one at a time; a connection lost in between (a 421 idle
 * timeout, a reset) is reopened transparently by the next call, which reports `reconnecting` then `connected`.
 * Read-only calls are retried once when the connection turns out dead under them; changes are not, since the
 * server may have carried them out before it vanished. NOOP keeps an idle session alive (see KeepAlive).
 */
export class BrowseSession {
  private readonly queue = new SerialQueue();
  private readonly keepAlive: KeepAlive;
  private connection: OpenedConnection | undefined;
  private currentPath: string;
  private closed = false;

  constructor(
    private readonly deps: BrowseSessionDeps,
    first: OpenedConnection,
  ) {
    this.connection = first;
    this.currentPath = first.path;
    this.keepAlive = new KeepAlive(() => this.ping(), deps.keepAlive);
    this.keepAlive.touch();
  }

  /** The folder the last listing showed (the server's PWD). */
  get path(): string {
    return this.currentPath;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /**
   * Lists a folder (CWD there, PWD for its canonical name, then MLSD or LIST); no path lists the current one.
   * `onBatch` sees the entries while they arrive (a reconnect lists again from the start: see countSoFar).
   */
  list(path?: string, onBatch?: (batch: ListBatch) => void): Promise<RemoteListing> {
    return this.run(async (client) => {
      if (path !== undefined) await client.cwd(path);
      const here = await client.pwd();
      const parent = remoteParent(here);
      // Entries are mapped batch by batch as they arrive, overlapping the server's work, and the batches
      // together are the listing, so nothing is mapped twice.
      const entries: RemoteEntry[] = [];
      await client.list(undefined, {
        onEntries: (batch) => {
          const mapped = batch.map(toRemoteEntry);
          for (const entry of mapped) entries.push(entry);
          onBatch?.({ path: here, parent, entries: mapped, countSoFar: entries.length });
        },
      });
      this.currentPath = here;
      return { path: here, parent, entries };
    }, true);
  }

  /** The current folder as the server names it. */
  pwd(): Promise<string> {
    return this.run((client) => client.pwd(), true);
  }

  /** Creates a folder; returns its path as the server names it. */
  mkdir(path: string): Promise<string> {
    return this.run((client) => client.mkd(path), false);
  }

  async rename(from: string, to: string): Promise<void> {
    await this.run((client) => client.rename(from, to), false);
  }

  async deleteFile(path: string): Promise<void> {
    await this.run((client) => client.delete(path), false);
  }

  /** Removes an empty folder (RMD); servers refuse a folder with contents. */
  async removeDirectory(path: string): Promise<void> {
    await this.run((client) => client.rmd(path), false);
  }

  /** SITE CHMOD with an octal mode such as `644`. */
  async chmod(path: string, mode: string): Promise<void> {
    await this.run((client) => client.chmod(path, mode), false);
  }

  /** QUITs (or just closes when QUIT hangs) and ends the session; later calls fail with FTP_CLOSED. */
  async disconnect(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.keepAlive.stop();
    const client = this.connection?.client;
    this.connection = undefined;
    if (client !== undefined) {
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, this.deps.quitTimeoutMs ?? 2000).unref());
      await Promise.race([client.quit().catch(() => ''), timeout]);
      client.close();
    }
    this.deps.onState({ state: 'disconnected' });
  }

  private run<T>(operation: (client: FtpClient) => Promise<T>, readOnly: boolean): Promise<T> {
    return this.queue.run(async () => {
      if (this.closed) throw closedFailure();
      this.keepAlive.pause();
      try {
        const client = await this.connected();
        try {
          return await operation(client);
        } catch (error) {
          if (!readOnly || !isConnectionLost(error) || this.closed) throw error;
          return await operation(await this.reconnect());
        }
      } finally {
        if (!this.closed) this.keepAlive.touch();
      }
    });
  }

  private async connected(): Promise<FtpClient> {
    const client = this.connection?.client;
    if (client !== undefined && client.connected) return client;
    return this.reconnect();
  }

  private async reconnect(): Promise<FtpClient> {
    this.connection?.client.close();
    this.connection = undefined;
    this.deps.onState({ state: 'reconnecting' });
    let opened: OpenedConnection;
    try {
      opened = await this.deps.reopen();
    } catch (error) {
      // The session stays: the next call tries again. A failed reconnect is a connect failure (refused,
      // wrong password, changed certificate), so it is reported in those terms, to the caller and the state.
      const mapped = toAppError(error, { phase: 'connect', secrets: this.deps.secrets });
      this.deps.onState({ state: 'disconnected', error: mapped });
      throw new SessionFailure(mapped);
    }
    if (this.closed) {
      opened.client.close();
      throw closedFailure();
    }
    this.connection = opened;
    // Back where the user was; if that folder is gone, the server's start folder will do.
    if (this.currentPath !== opened.path) await opened.client.cwd(this.currentPath).catch(() => undefined);
    this.deps.onState({ state: 'connected', ...(opened.warning === undefined ? {} : { warning: opened.warning }) });
    return opened.client;
  }

  private ping(): Promise<void> {
    return this.queue.run(async () => {
      const client = this.connection?.client;
      if (this.closed || client === undefined || !client.connected) throw closedFailure();
      await client.noop();
    });
  }
}
