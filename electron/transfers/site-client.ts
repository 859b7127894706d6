import { FtpClient } from '../ftp/client.js';
import type { FtpLogListener } from '../ftp/protocol-log.js';
import type { SiteConnection } from './task-types.js';

/** Idle keep-alive: FileZilla's rhythm, a NOOP every 30 s for at most 30 min (INTEROP "Keep-alive"). */
export interface KeepAliveOptions {
  readonly intervalMs: number;
  readonly maxIdleMs: number;
}

const defaultKeepAlive: KeepAliveOptions = { intervalMs: 30_000, maxIdleMs: 30 * 60_000 };

/**
 * One transfer connection to a site, connected on first use and again after it was lost. NOOPs are sent
 * only while idle (never during a transfer, which many servers mishandle); after `maxIdleMs` idle it quits.
 */
export class SiteClient {
  private client: FtpClient | undefined;
  private connecting: Promise<FtpClient> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private idleSince = 0;

  /** `onLog` receives every line of this connection's conversation (PASS masked): the CLI's --verbose. */
  constructor(
    private readonly site: SiteConnection,
    private readonly keepAlive: KeepAliveOptions = defaultKeepAlive,
    private readonly onLog?: FtpLogListener,
  ) {}

  /** A logged-in client; connects (again) when there is none or it was closed. */
  async get(): Promise<FtpClient> {
    this.stopKeepAlive();
    if (this.client?.connected === true) return this.client;
    this.connecting ??= this.open().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  /** Drops the connection at once (cancel, or a failure that left it in an unknown state). */
  drop(): void {
    const client = this.client;
    this.client = undefined;
    client?.close();
  }

  /** The task is over: keep the connection alive while idle. */
  idle(): void {
    this.stopKeepAlive();
    if (this.client?.connected !== true) return;
    this.idleSince = Date.now();
    this.timer = setInterval(() => void this.ping(), this.keepAlive.intervalMs);
    this.timer.unref();
  }

  /** QUIT politely. */
  async close(): Promise<void> {
    this.stopKeepAlive();
    const client = this.client;
    this.client = undefined;
    if (client === undefined) return;
    try {
      await Promise.race([client.quit(), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
    } finally {
      client.close();
    }
  }

  private async ping(): Promise<void> {
    const client = this.client;
    if (client === undefined || !client.connected) return this.stopKeepAlive();
    if (Date.now() - this.idleSince > this.keepAlive.maxIdleMs) return this.close();
    try {
      await client.noop();
    } catch {
      this.drop();
      this.stopKeepAlive();
    }
  }

  private stopKeepAlive(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async open(): Promise<FtpClient> {
    this.drop();
    const { site } = this;
    const client = new FtpClient({ tls: site.tls, passive: site.passive, timeout: site.timeout ?? 30_000, logLevel: this.onLog === undefined ? 'off' : 'full' });
    if (this.onLog !== undefined) client.on('log', this.onLog);
    try {
      await client.connect(site.host, site.port);
      await client.login(site.user, site.password);
    } catch (error) {
      client.close();
      throw error;
    }
    this.client = client;
    return client;
  }
}
