import {
  FtpConnectionClosedError,
  FtpConnectionError,
  FtpError,
  FtpPermanentError,
  FtpProtocolError,
  FtpTemporaryError,
  FtpTimeoutError,
  FtpTlsCertificateError,
  isSystemError,
} from '../ftp/errors.js';
import { TransferFailure, type FailureInfo } from './transfer-failure.js';

// vsftpd: "421 There are too many connected users"; pure-ftpd: "421 Too many connections";
// proftpd: "530 Sorry, the maximum number of clients (N) for this user are already connected".
const tooManyText = /too many|maximum number of (clients|connections|users)|connection limit|max.*connections/i;

const networkCodes = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ETIMEDOUT', 'ECONNABORTED', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

const localCodes: Readonly<Record<string, { code: FailureInfo['code']; message: string }>> = {
  ENOSPC: { code: 'DISK_FULL', message: 'The disk is full' },
  EDQUOT: { code: 'DISK_FULL', message: 'The disk quota is exhausted' },
  ENOENT: { code: 'LOCAL_NOT_FOUND', message: 'The local file or folder does not exist' },
  EACCES: { code: 'LOCAL_ACCESS_DENIED', message: 'Access to the local file was denied' },
  EPERM: { code: 'LOCAL_ACCESS_DENIED', message: 'Access to the local file was denied' },
  EROFS: { code: 'LOCAL_ACCESS_DENIED', message: 'The local disk is read-only' },
  EISDIR: { code: 'LOCAL_IO', message: 'A folder is in the way of the local file' },
};

function info(code: string, message: string, flags: Partial<Pick<FailureInfo, 'transient' | 'tooManyConnections' | 'connectionLost'>> = {}, detail?: string): FailureInfo {
  return {
    code,
    message,
    ...(detail === undefined ? {} : { detail }),
    transient: flags.transient ?? false,
    tooManyConnections: flags.tooManyConnections ?? false,
    connectionLost: flags.connectionLost ?? false,
  };
}

/**
 * Turns anything a task threw into plain data, deciding what the scheduler should do: 4xx, timeouts and lost
 * connections are worth retrying; 5xx, local disk errors and refused names are not. A 421 or a "too many
 * connections" text (from either 4xx or 530) lowers the site's connection cap (INTEROP "421").
 */
export function describeFailure(error: unknown): FailureInfo {
  if (error instanceof TransferFailure) return info(error.code, error.message, { transient: error.transient });
  if (error instanceof FtpError) {
    const reply = error.reply;
    const text = reply?.text ?? error.message;
    if (reply !== undefined && (reply.code === 421 || (reply.code >= 400 && tooManyText.test(text)))) {
      return info('TOO_MANY_CONNECTIONS', `The server refused the connection: ${text}`, {
        transient: true,
        tooManyConnections: true,
        connectionLost: true,
      });
    }
    if (error instanceof FtpTemporaryError) return info('FTP_TEMPORARY', `The server said: ${text}`, { transient: true });
    if (error instanceof FtpPermanentError) {
      const auth = reply?.code === 530;
      return info(auth ? 'FTP_AUTH_FAILED' : 'FTP_PERMANENT', auth ? `Login refused: ${text}` : `The server said: ${text}`);
    }
    if (error instanceof FtpTlsCertificateError) return info('TLS_CERT_UNTRUSTED', error.message);
    if (error instanceof FtpTimeoutError) return info('FTP_TIMEOUT', `The server did not answer in time: ${error.message}`, { transient: true, connectionLost: true });
    // Its own message says what failed ("Cannot connect to host port 21: connect ECONNREFUSED…"): a
    // connection that never opened was not "lost".
    // A host name that does not resolve will not resolve on the next try either (EAI_AGAIN is the transient one).
    if (error instanceof FtpConnectionError) return info(error.code, error.message, { transient: error.systemCode !== 'ENOTFOUND', connectionLost: true });
    if (error instanceof FtpConnectionClosedError || error instanceof FtpProtocolError) {
      return info(error.code, `The connection was lost: ${error.message}`, { transient: true, connectionLost: true });
    }
    return info(error.code, error.message, { transient: false });
  }
  if (isSystemError(error) || (error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string')) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (networkCodes.has(code)) return info('FTP_CLOSED', `The connection was lost (${code})`, { transient: true, connectionLost: true });
    const local = localCodes[code];
    if (local !== undefined) return info(local.code, `${local.message} (${code})`, {}, error.message);
    // A data socket closed early surfaces as ERR_STREAM_PREMATURE_CLOSE from the stream pipeline.
    if (code.startsWith('ERR_STREAM') || code === 'ERR_SSL_DECRYPTION_FAILED_OR_BAD_RECORD_MAC') {
      return info('FTP_CLOSED', `The transfer was cut off (${code})`, { transient: true, connectionLost: true });
    }
    return info('LOCAL_IO', `${code}: ${error.message}`);
  }
  return info('INTERNAL', error instanceof Error ? error.message : String(error));
}
