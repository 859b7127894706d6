import { EventEmitter } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import type { ConnectOptions, FtpClientOptions } from './client-options.js';
import { command } from './commands.js';
import { FtpConnectionClosedError, FtpError, leavesConnectionUsable } from './errors.js';
import { expectCompletion, sendCommand } from './exchange.js';
import * as files from './file-commands.js';
import type { FileInfo } from './list/index.js';
import * as listing from './listing.js';
import type { ListOptions } from './listing.js';
import { authTls, clearCommandChannel, controlIsSecure, loadFeatures, negotiateUtf8, readWelcome, sendCredentials, setProtection } from './login.js';
import { ProtocolLogger, type FtpLogEntry, type FtpLogLevel } from './protocol-log.js';
import type { FtpReply } from './reply.js';
import { Mutex } from './mutex.js';
import type { Session } from './session.js';
import { systemErrorToFtpError } from './socket-connect.js';
import * as streams from './streams.js';
import { sendAbort } from './transfer.js';
import { openDataTransfer, type DataTransfer } from './data-transfer.js';
import { openSession } from './open-session.js';

export type { DataTransfer } from './data-transfer.js';

/**
 * An FTP/FTPS client with Python ftplib's features as async TypeScript (see README.md for the mapping).
 * Commands run one at a time in call order. A 4xx/5xx throws FtpTemporaryError/FtpPermanentError and the
 * connection stays usable; any other failure closes it and later calls reject with FtpConnectionClosedError.
 * Emits `log` events (FtpLogEntry) at the level of `logLevel`.
 */
export class FtpClient extends EventEmitter<{ log: [FtpLogEntry] }> {
  /** The server's greeting (ftplib `welcome`), once connected. */
  welcome: string | undefined;
  private session: Session | undefined;
  private readonly mutex = new Mutex();
  private readonly logger: ProtocolLogger;
  private passive: boolean;

  constructor(private readonly options: FtpClientOptions = {}) {
    super();
    this.logger = new ProtocolLogger((entry) => this.emit('log', entry), options.logLevel ?? 'off');
    this.passive = options.passive ?? true;
  }

  /** Protocol log level (ftplib `set_debuglevel`): `off`, `requests` (commands) or `full` (every line). */
  get logLevel(): FtpLogLevel {
    return this.logger.level;
  }

  set logLevel(level: FtpLogLevel) {
    this.logger.level = level;
  }

  /** True while the control connection is open. */
  get connected(): boolean {
    return this.session !== undefined && this.session.conn.closedReason === undefined;
  }

  /** True while the command channel runs over TLS (false after CCC or for plain FTP). */
  get controlSecure(): boolean {
    return this.session !== undefined && controlIsSecure(this.session);
  }

  /** True when data connections are protected (PROT P in effect). */
  get dataProtected(): boolean {
    return this.session?.dataProtected ?? false;
  }

  /** The features FEAT listed (upper-case keys), once loaded by `login` or `feat`. */
  get features(): ReadonlyMap<string, string> | undefined {
    return this.session?.features;
  }

  /** Connects (TCP, then TLS for implicit FTPS) and reads the greeting; returns it (ftplib `connect`). */
  async connect(host: string, port?: number, options: ConnectOptions = {}): Promise<string> {
    if (this.connected) throw new FtpError('FTP_PROTOCOL', 'Already connected');
    this.session = await openSession(host, port, this.options, options, this.logger, this.passive);
    try {
      const welcome = await this.run((session) => readWelcome(session));
      this.welcome = welcome.text;
      return welcome.text;
    } catch (error) {
      // A server that refuses at the greeting (e.g. 530, 554) has nothing more to say.
      this.close();
      throw error;
    }
  }

  /**
   * Logs in (ftplib `login`): no user means `anonymous` / `anonymous@`. With explicit FTPS it first runs
   * AUTH TLS; then FEAT, CLNT + `OPTS UTF8 ON` when offered, USER/PASS/ACCT, and with FTPS `PBSZ 0` + `PROT P`
   * (or `C` per `tls.protection`). Returns the final reply's text.
   */
  async login(user = 'anonymous', password?: string, account = ''): Promise<string> {
    const secret = password ?? (user === 'anonymous' ? 'anonymous@' : '');
    return this.run(async (session) => {
      if (session.tls !== undefined && !controlIsSecure(session)) await authTls(session);
      await negotiateUtf8(session, this.options.clientName ?? 'Ferry');
      const reply = await sendCredentials(session, user, secret, account);
      if (session.tls !== undefined) await setProtection(session, this.options.tls?.protection ?? 'P');
      if (this.options.tls?.clearControlAfterLogin === true) await clearCommandChannel(session);
      return reply.text;
    });
  }

  /** ACCT on its own (ftplib `acct`); `login` sends it when the server asks with 332. */
  async acct(account: string): Promise<FtpReply> {
    return this.run((session) => expectCompletion(session, command('ACCT', account)));
  }

  /** AUTH TLS by hand (ftplib `FTP_TLS.auth`); `login` does it for you. */
  async auth(): Promise<string> {
    return this.run(async (session) => (await authTls(session)).text);
  }

  /** PBSZ 0 + PROT P: protect data connections (ftplib `prot_p`). */
  async protP(): Promise<string> {
    return this.run(async (session) => (await setProtection(session, 'P')).text);
  }

  /** PBSZ 0 + PROT C: clear data connections (ftplib `prot_c`). */
  async protC(): Promise<string> {
    return this.run(async (session) => (await setProtection(session, 'C')).text);
  }

  /** CCC: continue the command channel in plaintext (ftplib `ccc`); needs explicit FTPS. */
  async ccc(): Promise<string> {
    return this.run(async (session) => (await clearCommandChannel(session)).text);
  }

  /** FEAT, parsed: keys upper-case, values the rest of the line. Cached; `refresh` asks again. */
  async feat(refresh = false): Promise<ReadonlyMap<string, string>> {
    return this.run((session) => loadFeatures(session, refresh));
  }

  /** Sends any command and returns its 1xx/2xx/3xx reply; 4xx/5xx throw (ftplib `sendcmd`). */
  async sendcmd(line: string): Promise<FtpReply> {
    return this.run((session) => sendCommand(session, line));
  }

  /** Sends any command and requires a 2xx (ftplib `voidcmd`). */
  async voidcmd(line: string): Promise<FtpReply> {
    return this.run((session) => expectCompletion(session, line));
  }

  /** Passive (true, default) or active mode for later transfers (ftplib `set_pasv`). */
  setPassive(passive: boolean): void {
    this.passive = passive;
    if (this.session !== undefined) this.session.passive = passive;
  }

  /** RNFR + RNTO. */
  async rename(from: string, to: string): Promise<FtpReply> {
    return this.run((session) => files.rename(session, from, to));
  }

  /** DELE. */
  async delete(path: string): Promise<FtpReply> {
    return this.run((session) => expectCompletion(session, command('DELE', path)));
  }

  /** CWD (CDUP for `..`). */
  async cwd(path: string): Promise<FtpReply> {
    return this.run((session) => files.cwd(session, path));
  }

  /** CDUP. */
  async cdup(): Promise<FtpReply> {
    return this.run((session) => expectCompletion(session, 'CDUP'));
  }

  /** MKD; returns the new directory's path as the server names it. */
  async mkd(path: string): Promise<string> {
    return this.run((session) => files.mkd(session, path));
  }

  /** RMD. */
  async rmd(path: string): Promise<FtpReply> {
    return this.run((session) => expectCompletion(session, command('RMD', path)));
  }

  /** PWD; the current directory. */
  async pwd(): Promise<string> {
    return this.run((session) => files.pwd(session));
  }

  /** SIZE (after TYPE I). */
  async size(path: string): Promise<number> {
    return this.run((session) => files.size(session, path));
  }

  /** MDTM as a UTC Date. */
  async mdtm(path: string): Promise<Date> {
    return this.run((session) => files.mdtm(session, path));
  }

  /** MFMT: set the modification time. */
  async mfmt(path: string, time: Date): Promise<FtpReply> {
    return this.run((session) => files.mfmt(session, path, time));
  }

  /** SITE CHMOD. */
  async chmod(path: string, mode: number | string): Promise<FtpReply> {
    return this.run((session) => files.chmod(session, path, mode));
  }

  /** OPTS, e.g. `opts('UTF8', 'ON')`. */
  async opts(option: string, value?: string): Promise<FtpReply> {
    return this.run((session) => expectCompletion(session, command('OPTS', value === undefined ? option : `${option} ${value}`)));
  }

  /** STAT (of the server, or of a path): the reply's text. */
  async stat(path?: string): Promise<FtpReply> {
    return this.run((session) => expectCompletion(session, command('STAT', path)));
  }

  /** NOOP. Send it only while idle: during a transfer it is undefined behaviour on many servers. */
  async noop(): Promise<FtpReply> {
    return this.run((session) => expectCompletion(session, 'NOOP'));
  }

  /** RETR into a Writable (ftplib `retrbinary`; `mode: 'ascii'` for `retrlines`-style text). */
  async download(path: string, destination: Writable, options?: streams.DownloadOptions): Promise<FtpReply> {
    return this.run((session) => streams.download(session, path, destination, options));
  }

  /** STOR/APPE from a Readable (ftplib `storbinary`; `mode: 'ascii'` for `storlines`). */
  async upload(path: string, source: Readable, options?: streams.UploadOptions): Promise<FtpReply> {
    return this.run((session) => streams.upload(session, path, source, options));
  }

  /** Runs a command in ASCII mode and passes each received line to `onLine` (ftplib `retrlines`). */
  async retrlines(line: string, onLine: (text: string) => void): Promise<FtpReply> {
    return this.run((session) => streams.retrieveLines(session, line, onLine, this.options.encoding));
  }

  /** Sends `line` (e.g. `STOR name`) in ASCII mode with the source's LFs as CRLF (ftplib `storlines`). */
  async storlines(line: string, source: Readable): Promise<FtpReply> {
    const [verb, ...rest] = line.split(' ');
    return this.upload(rest.join(' '), source, { mode: 'ascii', append: verb?.toUpperCase() === 'APPE' });
  }

  /**
   * Opens a data connection for any command (ftplib `ntransfercmd`/`transfercmd`): optional REST offset,
   * then the command; resolves after the 1xx. The connection stays busy until `finish()`.
   */
  async ntransfercmd(line: string, rest?: number): Promise<DataTransfer> {
    const session = this.requireSession();
    const release = await this.mutex.acquire();
    return openDataTransfer(session, line, rest, release, (task) => this.guard(session, task));
  }

  /** Same as `ntransfercmd` (ftplib returns only the socket; here the size comes along). */
  async transfercmd(line: string, rest?: number): Promise<DataTransfer> {
    return this.ntransfercmd(line, rest);
  }

  /**
   * Aborts the running transfer (ftplib `abort`): ABOR, close the data socket, read the replies (426 then
   * 226, or 225/226). The transfer's promise rejects with FtpAbortedError; the connection stays usable.
   * Without a transfer, sends ABOR and returns its reply.
   */
  async abort(): Promise<void> {
    const session = this.requireSession();
    const active = session.active;
    if (active === undefined) {
      await this.run(async (s) => {
        s.conn.send('ABOR');
        await s.conn.readReply();
      });
      return;
    }
    active.abortRequested = true;
    if (active.socket !== undefined) sendAbort(session, active);
    await active.settled;
  }

  /** NLST: names. */
  async nlst(path?: string): Promise<string[]> {
    return this.run((session) => listing.nlst(session, path, this.options.encoding ?? 'utf8'));
  }

  /** LIST: raw lines (ftplib `dir`). */
  async dir(path?: string): Promise<string[]> {
    return this.run((session) => listing.dir(session, path, this.options.encoding ?? 'utf8'));
  }

  /** MLSD: entries with their facts (ftplib `mlsd`); `onEntries` sees them in batches as they arrive. */
  async mlsd(path?: string, options?: ListOptions): Promise<FileInfo[]> {
    return this.run((session) => listing.mlsd(session, path, this.options.encoding ?? 'utf8', options));
  }

  /**
   * A parsed listing: MLSD when offered, else LIST (-a), remembered per connection. `onEntries` gets the
   * entries in batches while they arrive, e.g. `list('/big', { onEntries: (batch) => show(batch) })`.
   */
  async list(path?: string, options?: ListOptions): Promise<FileInfo[]> {
    const parseOptions = { now: this.options.now ?? (() => new Date()), serverUtcOffsetMinutes: this.options.serverUtcOffsetMinutes };
    return this.run((session) => listing.list(session, path, this.options.encoding ?? 'utf8', parseOptions, options));
  }

  /** QUIT politely, then close (ftplib `quit`). Returns the goodbye, or '' when the server was already gone. */
  async quit(): Promise<string> {
    const session = this.session;
    if (session === undefined || session.conn.closedReason !== undefined) return '';
    try {
      return await this.run(async (s) => {
        s.conn.send('QUIT');
        return (await s.conn.readReply()).text;
      });
    } finally {
      this.close();
    }
  }

  /** Closes the connection at once (ftplib `close`); safe to call any time. */
  close(): void {
    const session = this.session;
    if (session === undefined) return;
    session.active?.socket?.destroy();
    session.conn.fail(new FtpConnectionClosedError('Closed by the client'));
  }

  /** `await using client = new FtpClient()` quits (or closes) on scope exit. */
  async [Symbol.asyncDispose](): Promise<void> {
    try {
      await this.quit();
    } catch {
      this.close();
    }
  }

  private requireSession(): Session {
    if (this.session === undefined) throw new FtpConnectionClosedError('Not connected');
    return this.session;
  }

  private async run<T>(task: (session: Session) => Promise<T>): Promise<T> {
    const session = this.requireSession();
    return this.mutex.run(() => {
      session.conn.throwIfClosed();
      return this.guard(session, () => task(session));
    });
  }

  /** Failures other than a 4xx/5xx reply leave the control connection in an unknown state: close it. */
  private async guard<T>(session: Session, task: () => Promise<T>): Promise<T> {
    try {
      return await task();
    } catch (error) {
      if (!leavesConnectionUsable(error)) {
        session.conn.fail(error instanceof FtpError ? error : systemErrorToFtpError(error as Error, 'Failed'));
      }
      throw error;
    }
  }
}
