import { randomUUID } from 'node:crypto';
import { appError, type AppError } from '../../shared/errors.js';
import type { RemoteListing } from '../../shared/remote-entry.js';
import type { RemoteConnectParams, RemoteConnectResponse, RemoteStateEvent, RemoteWarning } from '../../shared/remote-session.js';
import { fail, ok, type Result } from '../../shared/result.js';
import { FtpTlsCertificateError } from '../ftp/errors.js';
import { BrowseSession, type ListBatch, type SessionStateChange } from './browse-session.js';
import { portOf, usesTls } from './connection-options.js';
import { toAppError } from './error-mapping.js';
import type { KeepAliveOptions } from './keep-alive.js';
import { createLogForwarder, type LogForwarder, type LogForwarderOptions, type LogSink } from './log-forwarder.js';
import { openConnection, type OpenSettings } from './open-connection.js';
import type { CertificatePinStore, PasswordLookup } from './ports.js';
import { certificateDetails, TrustAttempts } from './trust-attempts.js';

/** Everything a SessionManager touches outside itself. */
export interface SessionManagerOptions {
  readonly pins: CertificatePinStore;
  /** Reads a saved site password when `remote:connect` names a site but sends none. */
  readonly passwords?: PasswordLookup;
  /** `remote:state` events. */
  readonly onState: (event: RemoteStateEvent) => void;
  /** `log:line` events (already masked and coalesced). */
  readonly onLog: LogSink;
  /** Milliseconds for connecting and for each reply. Default 20 000. */
  readonly timeoutMs?: number;
  readonly keepAlive?: KeepAliveOptions;
  readonly log?: LogForwarderOptions;
  readonly trustAttemptTtlMs?: number;
}

/** A trust decision: an earlier needs-trust answer's attempt, or the connection parameters again. */
export interface TrustDecision {
  readonly attemptId?: string;
  readonly connection?: RemoteConnectParams;
  readonly fingerprint256: string;
  readonly remember: 'once' | 'always';
}

interface Entry {
  readonly session: BrowseSession;
  readonly owner: string;
  readonly secrets: readonly string[];
  readonly access: SessionAccess;
}

/**
 * How a live session logged in, for the transfer queue's own connections to the same server (main only: the
 * password never goes back to the renderer). `secure` false after an `ftpes-if-available` fallback.
 */
export interface SessionAccess {
  readonly params: RemoteConnectParams;
  readonly password: string | undefined;
  readonly trustedFingerprint256: string | undefined;
  readonly secure: boolean;
}

/** The empty answer of calls that only succeed or fail. */
type Done = Record<string, never>;

async function done(work: Promise<void>): Promise<Done> {
  await work;
  return {};
}

const goneError = (): AppError => appError('FTP_CLOSED', 'This connection was closed: connect again.');

/**
 * Opens and keeps browse sessions (one engine client each), answers certificate trust, and turns every engine
 * failure into an AppError. Sessions belong to the renderer (`owner`, the IPC client id) that opened them: no
 * other renderer can use them, and they close when it goes away. Never throws; every call returns a Result.
 */
export class SessionManager {
  private readonly sessions = new Map<string, Entry>();
  private readonly attempts: TrustAttempts;
  private readonly log: LogForwarder;

  constructor(private readonly options: SessionManagerOptions) {
    this.attempts = new TrustAttempts(options.trustAttemptTtlMs);
    this.log = createLogForwarder(options.onLog, options.log);
  }

  /** Number of open sessions. */
  get size(): number {
    return this.sessions.size;
  }

  /** Opens a session; a pinned certificate that matches connects without asking. */
  async connect(params: RemoteConnectParams, owner: string): Promise<Result<RemoteConnectResponse>> {
    const password = await this.passwordFor(params);
    if (!password.ok) return password;
    const pinned = usesTls(params) ? this.options.pins.findPin(params.host, portOf(params))?.fingerprint256 : undefined;
    return this.open(params, password.value, owner, pinned, pinned);
  }

  /** Retries an attempt with the certificate the user accepted; `always` pins it once the connection works. */
  async trust(decision: TrustDecision, owner: string): Promise<Result<RemoteConnectResponse>> {
    let params: RemoteConnectParams;
    let password: string | undefined;
    let subject = '';
    if (decision.attemptId !== undefined) {
      const attempt = this.attempts.take(decision.attemptId, owner);
      if (attempt === undefined) {
        return fail(appError('INVALID_ARGUMENT', 'That certificate question has expired: connect again.'));
      }
      ({ params, password } = attempt);
      subject = attempt.certificate.subject;
    } else if (decision.connection !== undefined) {
      params = decision.connection;
      const found = await this.passwordFor(params);
      if (!found.ok) return found;
      password = found.value;
    } else {
      return fail(appError('INVALID_ARGUMENT', 'Give an attemptId or the connection.'));
    }
    const pinned = usesTls(params) ? this.options.pins.findPin(params.host, portOf(params))?.fingerprint256 : undefined;
    const result = await this.open(params, password, owner, decision.fingerprint256, pinned);
    if (!result.ok || result.value.status !== 'connected' || decision.remember !== 'always') return result;
    const warning = await this.pin(params, decision.fingerprint256, subject);
    return warning === undefined ? result : ok({ ...result.value, warning });
  }

  /** How an open session logged in (see SessionAccess); undefined once it is closed. */
  accessOf(sessionId: string): SessionAccess | undefined {
    return this.sessions.get(sessionId)?.access;
  }

  /** Lists a folder of a session (its current one without a path); `onBatch` sees its entries as they arrive. */
  list(sessionId: string, owner: string, path?: string, onBatch?: (batch: ListBatch) => void): Promise<Result<RemoteListing>> {
    return this.call(sessionId, owner, (session) => session.list(path, onBatch));
  }

  mkdir(sessionId: string, owner: string, path: string): Promise<Result<{ path: string }>> {
    return this.call(sessionId, owner, async (session) => ({ path: await session.mkdir(path) }));
  }

  rename(sessionId: string, owner: string, from: string, to: string): Promise<Result<Done>> {
    return this.call(sessionId, owner, (session) => done(session.rename(from, to)));
  }

  deleteFile(sessionId: string, owner: string, path: string): Promise<Result<Done>> {
    return this.call(sessionId, owner, (session) => done(session.deleteFile(path)));
  }

  removeDirectory(sessionId: string, owner: string, path: string): Promise<Result<Done>> {
    return this.call(sessionId, owner, (session) => done(session.removeDirectory(path)));
  }

  chmod(sessionId: string, owner: string, path: string, mode: string): Promise<Result<Done>> {
    return this.call(sessionId, owner, (session) => done(session.chmod(path, mode)));
  }

  /** Ends a session; an unknown id is fine (it is gone either way). */
  async disconnect(sessionId: string, owner: string): Promise<Result<Done>> {
    const entry = this.sessions.get(sessionId);
    if (entry !== undefined && entry.owner === owner) {
      this.sessions.delete(sessionId);
      await entry.session.disconnect();
      this.log.flush();
    }
    return ok({});
  }

  /** A renderer went away: close its sessions and forget its trust questions. */
  async closeOwner(owner: string): Promise<void> {
    this.attempts.dropOwner(owner);
    const mine = [...this.sessions].filter(([, entry]) => entry.owner === owner);
    for (const [id] of mine) this.sessions.delete(id);
    await Promise.all(mine.map(([, entry]) => entry.session.disconnect()));
    this.log.flush();
  }

  /** Shutdown: close every session. */
  async closeAll(): Promise<void> {
    const all = [...this.sessions.values()];
    this.sessions.clear();
    await Promise.all(all.map((entry) => entry.session.disconnect()));
    this.log.flush();
  }

  private async passwordFor(params: RemoteConnectParams): Promise<Result<string | undefined>> {
    if (params.logonType === 'anonymous' || params.password !== undefined) return ok(params.password);
    if (params.siteId === undefined || this.options.passwords === undefined) return ok(undefined);
    try {
      const saved = await this.options.passwords.getPassword(params.siteId);
      if (saved !== undefined) return ok(saved);
      return fail(appError('FTP_AUTH_FAILED', 'No password is saved for this site: enter it to connect.'));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return fail(appError('FTP_AUTH_FAILED', 'The saved password could not be read from the keychain: enter it to connect.', reason));
    }
  }

  private async open(
    params: RemoteConnectParams,
    password: string | undefined,
    owner: string,
    trusted: string | undefined,
    pinned: string | undefined,
  ): Promise<Result<RemoteConnectResponse>> {
    const sessionId = randomUUID();
    const secrets = password === undefined ? [] : [password];
    const emit = (change: SessionStateChange): void => this.options.onState({ sessionId, ...change });
    const settings: OpenSettings = {
      timeout: this.options.timeoutMs ?? 20_000,
      ...(trusted === undefined ? {} : { trustedFingerprint256: trusted }),
      attach: (client) => client.on('log', (entry) => this.log.engine(sessionId, entry, secrets)),
      status: (text) => this.log.note(sessionId, 'status', text, secrets),
    };
    emit({ state: 'connecting' });
    let opened;
    try {
      opened = await openConnection(params, password, settings);
    } catch (error) {
      emit({ state: 'disconnected' });
      if (error instanceof FtpTlsCertificateError) {
        this.log.note(sessionId, 'status', `The server’s certificate needs your decision (${error.reason}): SHA-256 ${error.certificate.fingerprint256}`);
        return ok(this.attempts.add({ params, password, owner, certificate: certificateDetails(error) }, error.reason, pinned));
      }
      const mapped = toAppError(error, { phase: 'connect', secrets });
      this.log.note(sessionId, 'error', mapped.detail === undefined ? mapped.message : `${mapped.message} ${mapped.detail}`, secrets);
      return fail(mapped);
    }
    if (opened.warning !== undefined) this.log.note(sessionId, 'error', opened.warning.message);
    const session = new BrowseSession(
      { reopen: () => openConnection(params, password, settings), onState: emit, secrets, keepAlive: this.options.keepAlive },
      opened,
    );
    const access: SessionAccess = { params, password, trustedFingerprint256: trusted, secure: opened.secure };
    this.sessions.set(sessionId, { session, owner, secrets, access });
    emit({ state: 'connected', ...(opened.warning === undefined ? {} : { warning: opened.warning }) });
    return ok({
      status: 'connected',
      sessionId,
      path: opened.path,
      secure: opened.secure,
      welcome: opened.welcome.slice(0, 4096),
      ...(opened.warning === undefined ? {} : { warning: opened.warning }),
      ...(opened.capabilities === undefined ? {} : { capabilities: opened.capabilities }),
    });
  }

  private async pin(params: RemoteConnectParams, fingerprint256: string, subject: string): Promise<RemoteWarning | undefined> {
    try {
      await this.options.pins.pinCertificate({ host: params.host, port: portOf(params), fingerprint256: fingerprint256.toUpperCase(), subject });
      return undefined;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { code: 'PIN_NOT_SAVED', message: `Connected, but the certificate could not be remembered: ${reason}` };
    }
  }

  private async call<T>(sessionId: string, owner: string, task: (session: BrowseSession) => Promise<T>): Promise<Result<T>> {
    const entry = this.sessions.get(sessionId);
    if (entry === undefined || entry.owner !== owner) return fail(goneError());
    try {
      return ok(await task(entry.session));
    } catch (error) {
      const mapped = toAppError(error, { phase: 'command', secrets: entry.secrets });
      this.log.note(sessionId, 'error', mapped.detail === undefined ? mapped.message : `${mapped.message} ${mapped.detail}`);
      return fail(mapped);
    }
  }
}
