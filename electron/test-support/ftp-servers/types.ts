/** The real servers the harness can start. */
export type ServerKind = 'vsftpd' | 'proftpd' | 'pure-ftpd' | 'pyftpdlib';

/** How a server speaks TLS: not at all, after AUTH TLS on the plain port, or from the first byte. */
export type TlsMode = 'plain' | 'explicit' | 'implicit';

/** What a test asks for. */
export interface ServerOptions {
  readonly kind: ServerKind;
  readonly tls: TlsMode;
}

/** A running server on 127.0.0.1 with one writable test user whose home is `root`. */
export interface RunningServer {
  readonly kind: ServerKind;
  readonly tls: TlsMode;
  readonly host: '127.0.0.1';
  readonly port: number;
  readonly user: string;
  readonly password: string;
  /** Local path of the user's FTP root: tests may create and inspect files here directly. */
  readonly root: string;
  /** PEM of the self-signed certificate the server presents (also when plain, for later reuse). */
  readonly certificatePem: string;
  /** SHA-256 fingerprint of that certificate, colon-separated upper-case hex as Node prints it. */
  readonly fingerprint256: string;
  /** Inclusive passive (PASV/EPSV) port range the server answers with. */
  readonly passivePorts: { readonly min: number; readonly max: number };
  /** Whether `anonymous` can log in (read-only) and sees `root`; false for pure-ftpd. */
  readonly anonymous: boolean;
  /**
   * The server's main process. Each session is a child of it, so /proc/PID/stat's cutime and cstime add up
   * the CPU of the sessions that ended (the bench reads the server's share of a run from them).
   */
  readonly pid: number;
  /** uid/gid the server writes as: fixtures made by tests must belong to them (see fixtures.ts). */
  readonly owner: { readonly uid: number; readonly gid: number };
  /** The server's output and log files so far, for failure messages. */
  readLog(): Promise<string>;
  /** Stops the server and removes its temp folder. Safe to call twice. */
  stop(): Promise<void>;
}
