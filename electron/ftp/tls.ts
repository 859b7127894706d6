import { isIP, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import {
  connect as tlsConnect,
  createSecureContext,
  type PeerCertificate,
  type SecureContext,
  type SecureVersion,
  type TLSSocket,
} from 'node:tls';
import { FtpConnectionError, FtpTlsCertificateError, type PeerCertificateDetails } from './errors.js';
import type { ProtocolLogger } from './protocol-log.js';

/** FTPS settings (RFC 4217). */
export interface FtpTlsOptions {
  /** `explicit`: AUTH TLS on the plain port (usually 21); `implicit`: TLS from the first byte (usually 990). */
  readonly mode: 'explicit' | 'implicit';
  /** Extra trusted CA certificates (PEM). */
  readonly ca?: string | Buffer | ReadonlyArray<string | Buffer>;
  /** Accept exactly the certificate with this SHA-256 fingerprint, even self-signed (colons and case ignored). */
  readonly trustedFingerprint256?: string;
  /** `false` accepts any certificate (insecure). Default `true`. */
  readonly rejectUnauthorized?: boolean;
  /** The name the certificate must match; defaults to the host passed to `connect`. */
  readonly servername?: string;
  /** Data channel protection after login: `P` (private, default) or `C` (clear), sent as PBSZ 0 + PROT. */
  readonly protection?: 'P' | 'C';
  /** After login, send CCC to return the command channel to plaintext (RFC 4217 §12.3), for NAT helpers. */
  readonly clearControlAfterLogin?: boolean;
  readonly minVersion?: SecureVersion;
  readonly maxVersion?: SecureVersion;
}

/** Normalises a fingerprint for comparison: upper-case hex without separators. */
export function normalizeFingerprint(value: string): string {
  return value.replace(/[^0-9a-f]/gi, '').toUpperCase();
}

function formatName(name: Readonly<Record<string, string | string[] | undefined>> | undefined): string {
  if (name === undefined) return '';
  return Object.entries(name)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : (value ?? '')}`)
    .join(', ');
}

function toPem(raw: Buffer | undefined): string | undefined {
  if (raw === undefined || raw.length === 0) return undefined;
  const body = raw.toString('base64').replace(/.{1,64}/g, '$&\n');
  return `-----BEGIN CERTIFICATE-----\n${body}-----END CERTIFICATE-----\n`;
}

/** The details an app shows when asking the user whether to trust a certificate. */
export function describeCertificate(cert: PeerCertificate): PeerCertificateDetails {
  return {
    fingerprint256: cert.fingerprint256 ?? '',
    subject: formatName(cert.subject as unknown as Record<string, string>),
    issuer: formatName(cert.issuer as unknown as Record<string, string>),
    validFrom: cert.valid_from ?? '',
    validTo: cert.valid_to ?? '',
    subjectAltNames: (cert.subjectaltname ?? '').split(/,\s*/).filter((entry) => entry !== ''),
    pem: toPem(cert.raw),
  };
}

/**
 * Holds one connection's TLS policy and its newest session. Data connections resume that session: vsftpd
 * (`require_ssl_reuse`) and proftpd refuse data connections that do not. Under TLS 1.3 the server may send
 * several tickets after the handshake; the newest is kept (INTEROP "TLS session reuse").
 */
export class TlsSessionContext {
  private session: Buffer | undefined;
  private secureContext: SecureContext | undefined;

  constructor(
    /** The control connection's host name: every certificate, data ones included, is checked against it. */
    readonly host: string,
    readonly options: FtpTlsOptions,
    private readonly logger: ProtocolLogger,
  ) {}

  /**
   * Runs the TLS handshake over a connected TCP socket and checks the certificate per the options.
   * `prepare` sees the TLS socket before it has read anything (to choose how it reads).
   */
  async secure(socket: Socket | Duplex, timeout: number, purpose: 'control' | 'data', prepare?: (tlsSocket: TLSSocket) => void): Promise<TLSSocket> {
    const name = this.options.servername ?? this.host;
    const tlsSocket = tlsConnect({
      socket,
      host: name,
      servername: isIP(name) === 0 ? name : undefined,
      session: purpose === 'data' ? this.session : undefined,
      secureContext: this.context(),
      rejectUnauthorized: false,
    });
    prepare?.(tlsSocket);
    if (purpose === 'control') {
      tlsSocket.on('session', (session: Buffer) => {
        this.session = session;
      });
    }
    await handshake(tlsSocket, timeout);
    tlsSocket.on('error', () => undefined);
    // A resumed session proves the peer holds the secrets of the control handshake we verified; resumed
    // sessions carry no certificate to re-check (getPeerCertificate is empty).
    if (!(purpose === 'data' && tlsSocket.isSessionReused())) this.verify(tlsSocket);
    this.logger.info(
      `TLS ${purpose}: ${tlsSocket.getProtocol() ?? '?'} ${tlsSocket.getCipher()?.name ?? ''}` +
        (purpose === 'data' ? ` session ${tlsSocket.isSessionReused() ? 'reused' : 'NEW'}` : ''),
    );
    return tlsSocket;
  }

  /**
   * One secure context (CA store, versions) for the control and every data connection: building it per
   * connection parsed the CA certificates again each time, ~0.3 ms of CPU per small file under FTPS.
   */
  private context(): SecureContext {
    this.secureContext ??= createSecureContext({
      ca: this.options.ca as string | Buffer | Array<string | Buffer> | undefined,
      minVersion: this.options.minVersion ?? 'TLSv1.2',
      maxVersion: this.options.maxVersion,
    });
    return this.secureContext;
  }

  private verify(socket: TLSSocket): void {
    if (this.options.rejectUnauthorized === false) return;
    const cert = socket.getPeerCertificate(false);
    const pinned = this.options.trustedFingerprint256;
    if (pinned !== undefined) {
      if (normalizeFingerprint(cert.fingerprint256 ?? '') === normalizeFingerprint(pinned)) return;
      this.reject(socket, cert, 'FINGERPRINT_MISMATCH');
    }
    if (socket.authorized) return;
    this.reject(socket, cert, String(socket.authorizationError));
  }

  private reject(socket: TLSSocket, cert: PeerCertificate, reason: string): never {
    const error = new FtpTlsCertificateError(reason, describeCertificate(cert), {
      tlsVersion: socket.getProtocol() ?? undefined,
      cipher: socket.getCipher()?.name,
    });
    socket.destroy();
    throw error;
  }
}

function handshake(socket: TLSSocket, timeout: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer =
      timeout > 0
        ? setTimeout(() => {
            socket.destroy();
            reject(new FtpConnectionError(`TLS handshake timed out after ${timeout} ms`));
          }, timeout)
        : undefined;
    const onError = (error: Error): void => {
      clearTimeout(timer);
      const code = (error as NodeJS.ErrnoException).code;
      reject(new FtpConnectionError(`TLS handshake failed: ${error.message}`, { cause: error, systemCode: code }));
    };
    socket.once('error', onError);
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      socket.off('error', onError);
      resolve();
    });
  });
}
