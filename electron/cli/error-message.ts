import {
  FtpConnectionClosedError,
  FtpConnectionError,
  FtpError,
  FtpTimeoutError,
  FtpTlsCertificateError,
} from '../ftp/errors.js';
import type { FtpReply } from '../ftp/reply.js';

/** A failure with what ferry was doing at the time, e.g. `login failed` or `cannot delete /a.txt`. */
export class StepError extends Error {
  constructor(
    readonly context: string,
    override readonly cause: unknown,
  ) {
    super(context, { cause });
    this.name = 'StepError';
  }
}

/** Runs `task`; a failure is rethrown as a StepError carrying `context`. */
export async function step<T>(context: string, task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    throw error instanceof StepError ? error : new StepError(context, error);
  }
}

/** Node system error codes as a person would say them. */
const systemCodes: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed (temporary DNS failure)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'timed out',
  EPIPE: 'connection closed by the server',
  EADDRNOTAVAIL: 'address not available',
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  EEXIST: 'already exists',
};

/** Node's certificate complaints (OpenSSL verify codes and its own) as plain words. */
const certificateReasons: Readonly<Record<string, string>> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'signed by an untrusted root',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'issuer unknown',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'issuer unknown',
  CERT_HAS_EXPIRED: 'expired',
  CERT_NOT_YET_VALID: 'not yet valid',
  ERR_TLS_CERT_ALTNAME_INVALID: 'issued for another host name',
  FINGERPRINT_MISMATCH: 'not the one given with --fingerprint',
};

/** Engine messages are sentences (`Connecting to…`); after `context: ` they read better lower-case, acronyms kept. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** A reply on one line: code, then each line's text without its `NNN-` prefix or indentation. */
function replyLine(reply: FtpReply): string {
  const texts = reply.lines.map((line) => (/^\d{3}[ -]/.test(line) ? line.slice(4) : line).trim()).filter((text) => text !== '');
  return `${reply.code} ${texts.join(' ')}`;
}

/** Engine messages say `30000 ms`; people think in seconds. */
function inSeconds(text: string): string {
  return text.replace(/(\d+) ms\b/g, (_match, ms: string) => `${Number(ms) / 1000} s`);
}

/** OpenSSL messages carry `<hex>:error:<code>:SSL routines:<function>:<reason>:<source file>:<line>:`; keep the reason. */
function withoutOpenSslNoise(text: string): string {
  return text.replace(/[0-9A-F]+:error:[0-9A-F]+:SSL routines:[^:]*:([^:]+)(?::[^:\s]+\.c:\d+:?)?/g, '$1 ').trim();
}

function certificateMessage(error: FtpTlsCertificateError): string {
  const fingerprint = error.certificate.fingerprint256;
  const why = certificateReasons[error.reason] ?? error.reason;
  const hint =
    error.reason === 'FINGERPRINT_MISMATCH'
      ? 'the server may have changed its certificate, or someone is in between'
      : "if that is the server's fingerprint, pass it with --fingerprint, or use --insecure to skip the check";
  return `certificate not trusted (${why}; SHA-256 ${fingerprint}); ${hint}`;
}

function causeMessage(error: unknown): string {
  if (error instanceof FtpTlsCertificateError) return certificateMessage(error);
  if (error instanceof FtpError && error.reply !== undefined && !(error instanceof FtpConnectionClosedError)) {
    return replyLine(error.reply);
  }
  if (error instanceof FtpConnectionError && error.systemCode !== undefined && systemCodes[error.systemCode] !== undefined) {
    return systemCodes[error.systemCode] ?? error.message;
  }
  if (error instanceof FtpConnectionError && error.systemCode === 'ERR_SSL_WRONG_VERSION_NUMBER') {
    return 'TLS handshake failed: the server does not speak TLS first on this port (ftpes:// or ftp:// may fit)';
  }
  if (error instanceof FtpTimeoutError) return inSeconds(lowerFirst(error.message));
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && systemCodes[code] !== undefined && !(error instanceof FtpError)) return systemCodes[code] ?? code;
  if (error instanceof Error) return inSeconds(lowerFirst(withoutOpenSslNoise(error.message)));
  return String(error);
}

/** One plain line (no newlines) saying what failed and why, for `ferry: <line>`. */
export function errorMessage(error: unknown): string {
  const line =
    error instanceof StepError
      ? error.cause instanceof FtpTlsCertificateError
        ? certificateMessage(error.cause)
        : `${error.context}: ${causeMessage(error.cause)}`
      : causeMessage(error);
  return line.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
