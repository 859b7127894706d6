import type { FtpReply } from './reply.js';

/** Stable machine-readable codes; names match shared/errors.ts where the meaning is the same. */
export type FtpErrorCode =
  | 'FTP_UNEXPECTED_REPLY'
  | 'FTP_TEMPORARY'
  | 'FTP_PERMANENT'
  | 'FTP_PROTOCOL'
  | 'FTP_TIMEOUT'
  | 'FTP_CLOSED'
  | 'FTP_CONNECT_FAILED'
  | 'FTP_ABORTED'
  | 'FTP_INVALID_ARGUMENT'
  | 'TLS_CERT_UNTRUSTED';

/** Options common to every engine error. */
export interface FtpErrorOptions {
  readonly reply?: FtpReply;
  readonly cause?: unknown;
}

/** Base of every error the engine throws: a stable `code` and, when a server reply caused it, that `reply`. */
export class FtpError extends Error {
  readonly code: FtpErrorCode;
  readonly reply: FtpReply | undefined;

  constructor(code: FtpErrorCode, message: string, options: FtpErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.reply = options.reply;
  }
}

/** A reply the command did not expect, e.g. 3xx where 2xx was needed (ftplib `error_reply`). */
export class FtpReplyError extends FtpError {
  constructor(reply: FtpReply, message = `Unexpected reply: ${reply.text}`) {
    super('FTP_UNEXPECTED_REPLY', message, { reply });
  }
}

/** A 4xx reply: try again later (ftplib `error_temp`). The connection stays usable, except for 421. */
export class FtpTemporaryError extends FtpError {
  constructor(reply: FtpReply) {
    super('FTP_TEMPORARY', reply.text, { reply });
  }
}

/** A 5xx reply: the command failed for good (ftplib `error_perm`). The connection stays usable. */
export class FtpPermanentError extends FtpError {
  constructor(reply: FtpReply) {
    super('FTP_PERMANENT', reply.text, { reply });
  }
}

/** The server broke the protocol: a malformed or oversized reply (ftplib `error_proto`). Closes the connection. */
export class FtpProtocolError extends FtpError {
  constructor(message: string, options: FtpErrorOptions = {}) {
    super('FTP_PROTOCOL', message, options);
  }
}

/** No reply or data within the timeout. Closes the connection (its state is unknown). */
export class FtpTimeoutError extends FtpError {
  constructor(message: string) {
    super('FTP_TIMEOUT', message);
  }
}

/** The control connection is gone: closed by the server (e.g. 421), by `close()`, or after an earlier failure. */
export class FtpConnectionClosedError extends FtpError {
  constructor(message: string, options: FtpErrorOptions = {}) {
    super('FTP_CLOSED', message, options);
  }
}

/** A network-level failure: refused, unreachable, reset, DNS, TLS handshake. `systemCode` is Node's (ECONNREFUSED…). */
export class FtpConnectionError extends FtpError {
  readonly systemCode: string | undefined;

  constructor(message: string, options: FtpErrorOptions & { readonly systemCode?: string } = {}) {
    super('FTP_CONNECT_FAILED', message, options);
    this.systemCode = options.systemCode;
  }
}

/** A transfer ended by `abort()`. The connection stays usable. */
export class FtpAbortedError extends FtpError {
  constructor(message = 'Transfer aborted') {
    super('FTP_ABORTED', message);
  }
}

/** An argument the engine refuses to send (CR, LF or NUL inside it: command injection). Nothing was sent. */
export class FtpInvalidArgumentError extends FtpError {
  constructor(message: string) {
    super('FTP_INVALID_ARGUMENT', message);
  }
}

const stillUsable = new WeakSet<object>();

/** Records that the control connection is still in step after `error` (its final reply was read). */
export function markConnectionUsable<T>(error: T): T {
  if (typeof error === 'object' && error !== null) stillUsable.add(error);
  return error;
}

/** What the server's certificate says, so the app can show it and let the user trust it. */
export interface PeerCertificateDetails {
  /** Colon-separated upper-case hex, as Node prints `fingerprint256`. */
  readonly fingerprint256: string;
  readonly subject: string;
  readonly issuer: string;
  readonly validFrom: string;
  readonly validTo: string;
  /** Subject alternative names, e.g. `['DNS:localhost', 'IP Address:127.0.0.1']`. */
  readonly subjectAltNames: readonly string[];
  readonly pem?: string;
}

/** The server's certificate was not trusted (chain, host name or pinned fingerprint); carries the certificate. */
export class FtpTlsCertificateError extends FtpError {
  readonly certificate: PeerCertificateDetails;
  /** Node's reason, e.g. `DEPTH_ZERO_SELF_SIGNED_CERT` or `ERR_TLS_CERT_ALTNAME_INVALID`. */
  readonly reason: string;
  readonly tlsVersion: string | undefined;
  readonly cipher: string | undefined;

  constructor(
    reason: string,
    certificate: PeerCertificateDetails,
    details: { readonly tlsVersion?: string; readonly cipher?: string } = {},
  ) {
    super('TLS_CERT_UNTRUSTED', `Server certificate not trusted (${reason}); SHA-256 ${certificate.fingerprint256}`);
    this.reason = reason;
    this.certificate = certificate;
    this.tlsVersion = details.tlsVersion;
    this.cipher = details.cipher;
  }
}

/** True for Node system errors (ECONNRESET, EPIPE, ENOTFOUND…), which ftplib's `all_errors` covers as OSError. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && 'syscall' in error;
}

/**
 * Every error class a caller may see (ftplib `all_errors`). Node system errors arrive as plain `Error`
 * with a `code`; use `isFtpOrSystemError` to test against the whole family.
 */
export const allErrors = [
  FtpError,
  FtpReplyError,
  FtpTemporaryError,
  FtpPermanentError,
  FtpProtocolError,
  FtpTimeoutError,
  FtpConnectionClosedError,
  FtpConnectionError,
  FtpAbortedError,
  FtpInvalidArgumentError,
  FtpTlsCertificateError,
  Error,
] as const;

/** ftplib's `except ftplib.all_errors`: an engine error or a Node system error. */
export function isFtpOrSystemError(error: unknown): error is Error {
  return error instanceof FtpError || isSystemError(error);
}

/** Maps a reply to the error ftplib would raise: 4xx temporary, 5xx permanent, anything else unexpected. */
export function errorForReply(reply: FtpReply): FtpError {
  if (reply.code >= 400 && reply.code < 500) return new FtpTemporaryError(reply);
  if (reply.code >= 500 && reply.code < 600) return new FtpPermanentError(reply);
  return new FtpReplyError(reply);
}

/** True when the error came from a 4xx/5xx/unexpected reply, after which the connection is still in step. */
export function leavesConnectionUsable(error: unknown): boolean {
  if (typeof error === 'object' && error !== null && stillUsable.has(error)) return true;
  if (error instanceof FtpInvalidArgumentError) return true;
  if (error instanceof FtpTemporaryError) return error.reply?.code !== 421;
  return error instanceof FtpPermanentError || error instanceof FtpReplyError || error instanceof FtpAbortedError;
}
