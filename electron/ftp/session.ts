import type { ControlConnection } from './control-connection.js';
import type { ProtocolLogger } from './protocol-log.js';
import type { SocketRelay } from './socket-relay.js';
import type { TlsSessionContext } from './tls.js';
import type { Socket } from 'node:net';

/** A transfer in flight, so `abort()` can reach it while the control lock is held. */
export interface ActiveTransfer {
  abortRequested: boolean;
  abortSent: boolean;
  socket: Socket | undefined;
  /** Settles when the transfer's replies have all been read (whatever the outcome). */
  readonly settled: Promise<void>;
  /** Settles `settled`. */
  readonly settle: () => void;
}

/** Which listing command works on this connection; learned once, then remembered (INTEROP "Listing"). */
export type ListStrategy = 'mlsd' | 'list-a' | 'list';

/**
 * The mutable state of one logged-in connection, shared by the small modules that implement commands.
 * Only FtpClient creates it; everything here runs while the client's lock is held.
 */
export interface Session {
  readonly conn: ControlConnection;
  readonly logger: ProtocolLogger;
  /** The host name the user asked for: certificates are checked against it. */
  readonly host: string;
  /** The server's address as connected: data connections go here, not to the PASV address. */
  readonly peerAddress: string;
  readonly localAddress: string;
  readonly timeout: number;
  readonly trustPasvHost: boolean;
  tls: TlsSessionContext | undefined;
  /** Under explicit FTPS: the relay under the control TLS layer, kept so CCC can return to plaintext. */
  relay: SocketRelay | undefined;
  /** PROT P in effect: data connections need TLS. */
  dataProtected: boolean;
  passive: boolean;
  /** EPSV failed once: use PASV from now on (INTEROP "EPSV"). */
  epsvFailed: boolean;
  features: Map<string, string> | undefined;
  transferType: 'A' | 'I' | undefined;
  listStrategy: ListStrategy | undefined;
  active: ActiveTransfer | undefined;
  /** Milliseconds to wait for a 1xx before starting the data TLS handshake anyway. */
  readonly dataTlsDelay: number;
}
