import { appError, type AppError } from '../../shared/errors.js';
import {
  FtpAbortedError,
  FtpConnectionClosedError,
  FtpConnectionError,
  FtpError,
  FtpInvalidArgumentError,
  FtpPermanentError,
  FtpProtocolError,
  FtpReplyError,
  FtpTemporaryError,
  FtpTimeoutError,
  FtpTlsCertificateError,
  isSystemError,
} from '../ftp/errors.js';
import type { FtpReply } from '../ftp/reply.js';
import { redact } from './redact.js';
import { SessionFailure } from './session-failure.js';

/** Where the failure happened: while connecting and logging in, or on a command of a live session. */
export type FailurePhase = 'connect' | 'command';

/** Context for mapping: the phase, and secrets that must never appear in what the renderer gets. */
export interface MappingContext {
  readonly phase: FailurePhase;
  readonly secrets?: readonly string[];
}

/**
 * Servers that insist on TLS say so in plain words: vsftpd `530 Non-anonymous sessions must use encryption.`,
 * proftpd and pyftpdlib `550 SSL/TLS required on the control channel`, pure-ftpd `421 Sorry, cleartext sessions
 * … are not accepted`; RFC 2228 gives 534 ("request denied for policy reasons") for it.
 */
const tlsRequiredText = /\b(?:ssl|tls)\b|encrypt|cleartext|\bsecure\b/i;

function isTlsRequired(reply: FtpReply): boolean {
  return reply.code === 534 || ([421, 530, 550, 521].includes(reply.code) && tlsRequiredText.test(reply.text));
}

function replyMapping(reply: FtpReply, phase: FailurePhase): Pick<AppError, 'code' | 'message'> {
  if (phase === 'connect' && isTlsRequired(reply)) {
    return { code: 'TLS_REQUIRED', message: 'The server only accepts encrypted connections: choose FTP over TLS.' };
  }
  if (reply.code === 530) {
    return { code: 'FTP_AUTH_FAILED', message: 'The server did not accept the login: check the user name and password.' };
  }
  if (reply.code >= 400 && reply.code < 500) {
    return { code: 'FTP_TEMPORARY', message: `The server could not do that right now (${reply.code}).` };
  }
  if (reply.code >= 500 && reply.code < 600) {
    return { code: 'FTP_PERMANENT', message: `The server refused the request (${reply.code}).` };
  }
  return { code: 'FTP_PROTOCOL', message: `The server sent an unexpected reply (${reply.code}).` };
}

function classify(error: unknown, phase: FailurePhase): Pick<AppError, 'code' | 'message'> & { detail?: string } {
  if (error instanceof SessionFailure) return error.appError;
  if (error instanceof FtpTlsCertificateError) {
    return { code: 'TLS_CERT_UNTRUSTED', message: 'The server’s certificate is not trusted.', detail: error.reason };
  }
  if (error instanceof FtpInvalidArgumentError) return { code: 'INVALID_ARGUMENT', message: error.message };
  if (error instanceof FtpAbortedError) return { code: 'CANCELLED', message: 'Cancelled.' };
  if (error instanceof FtpTimeoutError) {
    return { code: 'FTP_TIMEOUT', message: 'The server did not answer in time.', detail: error.message };
  }
  if (error instanceof FtpTemporaryError || error instanceof FtpPermanentError || error instanceof FtpReplyError) {
    return { ...replyMapping(error.reply ?? { code: 0, lines: [], text: '' }, phase), detail: error.reply?.text };
  }
  if (error instanceof FtpConnectionClosedError) {
    const reply = error.reply;
    // A 421 (RFC 959: service closing, e.g. "too many connections") closes the connection but is a 4xx.
    if (reply !== undefined) return { ...replyMapping(reply, phase), detail: reply.text };
    return { code: 'FTP_CLOSED', message: 'The connection to the server was closed.', detail: error.message };
  }
  if (error instanceof FtpProtocolError) {
    return { code: 'FTP_PROTOCOL', message: 'The server broke the FTP protocol.', detail: error.message };
  }
  if (error instanceof FtpConnectionError || isSystemError(error)) {
    // Mid-session a reset socket is a lost connection, not a failure to reach the server.
    if (phase === 'command') return { code: 'FTP_CLOSED', message: 'The connection to the server was lost.', detail: error.message };
    return { code: 'FTP_CONNECT_FAILED', message: 'Could not reach the server: check the host name and port.', detail: error.message };
  }
  if (error instanceof FtpError) return { code: 'FTP_PROTOCOL', message: error.message };
  return { code: 'INTERNAL', message: 'Something went wrong inside Ferry.', detail: error instanceof Error ? error.message : undefined };
}

/**
 * A refused AUTH TLS (RFC 4217 §4: 4xx/5xx; vsftpd without ssl_enable answers 530, others 500/502/504/534) on
 * a connection that requires TLS. Not TLS_REQUIRED, which is the opposite: the server wants TLS, we lacked it.
 */
export function tlsUnavailableError(replyText: string | undefined, secrets: readonly string[] = []): AppError {
  return appError(
    'TLS_UNAVAILABLE',
    'The server does not support FTP over TLS. Choose “FTP over TLS if available” or plain FTP to connect without encryption.',
    replyText === undefined ? undefined : redact(replyText, secrets),
  );
}

/**
 * The one place engine errors become AppErrors for the renderer: a stable code, a sentence for people, and
 * the server's reply text (or the engine's reason) as detail. Secrets are scrubbed from every string.
 */
export function toAppError(error: unknown, context: MappingContext): AppError {
  const { code, message, detail } = classify(error, context.phase);
  const secrets = context.secrets ?? [];
  return appError(code, redact(message, secrets), detail === undefined ? undefined : redact(detail, secrets));
}
