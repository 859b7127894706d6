import { describe, expect, it } from 'vitest';
import { appError } from '../../shared/errors.js';
import {
  FtpAbortedError,
  FtpConnectionClosedError,
  FtpConnectionError,
  FtpInvalidArgumentError,
  FtpPermanentError,
  FtpProtocolError,
  FtpReplyError,
  FtpTemporaryError,
  FtpTimeoutError,
  FtpTlsCertificateError,
} from '../ftp/errors.js';
import { makeReply } from '../ftp/reply.js';
import { tlsUnavailableError, toAppError, type FailurePhase } from './error-mapping.js';
import { SessionFailure } from './session-failure.js';

const reply = (line: string) => makeReply(Number(line.slice(0, 3)), [line]);
const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED', syscall: 'connect' });
const certificate = { fingerprint256: 'AA', subject: 'CN=x', issuer: 'CN=x', validFrom: '', validTo: '', subjectAltNames: [] };

describe('toAppError', () => {
  it.each<[string, unknown, FailurePhase, string, RegExp | undefined]>([
    ['530 login incorrect', new FtpPermanentError(reply('530 Login incorrect.')), 'connect', 'FTP_AUTH_FAILED', /^530 Login incorrect/],
    ['vsftpd forced TLS', new FtpPermanentError(reply('530 Non-anonymous sessions must use encryption.')), 'connect', 'TLS_REQUIRED', /encryption/],
    ['proftpd TLSRequired', new FtpPermanentError(reply('550 SSL/TLS required on the control channel')), 'connect', 'TLS_REQUIRED', /SSL\/TLS/],
    ['RFC 2228 534', new FtpPermanentError(reply('534 Policy requires SSL.')), 'connect', 'TLS_REQUIRED', /^534/],
    ['pure-ftpd 421 cleartext', new FtpConnectionClosedError('x', { reply: reply('421 Sorry, cleartext sessions are not accepted') }), 'connect', 'TLS_REQUIRED', /cleartext/],
    ['a file named tls.txt is not TLS', new FtpPermanentError(reply('550 tls.txt: No such file')), 'command', 'FTP_PERMANENT', /tls\.txt/],
    ['421 too many connections', new FtpConnectionClosedError('x', { reply: reply('421 Too many users') }), 'connect', 'FTP_TEMPORARY', /^421/],
    ['450 busy', new FtpTemporaryError(reply('450 File busy')), 'command', 'FTP_TEMPORARY', /^450/],
    ['550 no such file', new FtpPermanentError(reply('550 No such file')), 'command', 'FTP_PERMANENT', /^550/],
    ['unexpected 3xx', new FtpReplyError(reply('350 Huh')), 'command', 'FTP_PROTOCOL', /^350/],
    ['refused', new FtpConnectionError('Cannot connect: ECONNREFUSED', { systemCode: 'ECONNREFUSED' }), 'connect', 'FTP_CONNECT_FAILED', /ECONNREFUSED/],
    ['raw system error', refused, 'connect', 'FTP_CONNECT_FAILED', /ECONNREFUSED/],
    ['reset mid-session', new FtpConnectionError('read ECONNRESET', { systemCode: 'ECONNRESET' }), 'command', 'FTP_CLOSED', /ECONNRESET/],
    ['timeout', new FtpTimeoutError('No reply within 100 ms'), 'command', 'FTP_TIMEOUT', /100 ms/],
    ['closed', new FtpConnectionClosedError('Server closed the connection'), 'command', 'FTP_CLOSED', /Server closed/],
    ['protocol', new FtpProtocolError('Reply too large'), 'command', 'FTP_PROTOCOL', /too large/],
    ['injection refused', new FtpInvalidArgumentError('Refusing a command containing CR'), 'command', 'INVALID_ARGUMENT', undefined],
    ['aborted', new FtpAbortedError(), 'command', 'CANCELLED', undefined],
    ['certificate', new FtpTlsCertificateError('DEPTH_ZERO_SELF_SIGNED_CERT', certificate), 'connect', 'TLS_CERT_UNTRUSTED', /SELF_SIGNED/],
    ['our own failure', new SessionFailure(appError('FTP_CLOSED', 'gone')), 'command', 'FTP_CLOSED', undefined],
    ['a bug', new TypeError('x is undefined'), 'command', 'INTERNAL', /undefined/],
  ])('%s', (_name, error, phase, code, detail) => {
    const mapped = toAppError(error, { phase });
    expect(mapped.code).toBe(code);
    expect(mapped.message).not.toBe('');
    if (detail === undefined) expect(mapped.detail).toBeUndefined();
    else expect(mapped.detail).toMatch(detail);
  });

  it('says what to check for a rejected login', () => {
    expect(toAppError(new FtpPermanentError(reply('530 Login incorrect.')), { phase: 'connect' }).message).toMatch(/check the user name and password/);
  });

  it('scrubs secrets from message and detail', () => {
    const echoed = new FtpPermanentError(reply('530 User ftptest password s3cret-pw rejected'));
    const mapped = toAppError(echoed, { phase: 'connect', secrets: ['s3cret-pw'] });
    expect(JSON.stringify(mapped)).not.toContain('s3cret-pw');
    expect(mapped.detail).toContain('****');
  });

  it('a refused AUTH TLS on a TLS-required connection is TLS_UNAVAILABLE, keeping the reply, without secrets', () => {
    const mapped = tlsUnavailableError('530 Please login with USER and PASS. pw=hunter2', ['hunter2']);
    expect(mapped.code).toBe('TLS_UNAVAILABLE');
    expect(mapped.message).toMatch(/does not support FTP over TLS/);
    expect(mapped.detail).toMatch(/^530 /);
    expect(mapped.detail).not.toContain('hunter2');
    expect(tlsUnavailableError(undefined)).not.toHaveProperty('detail');
    // Passes through toAppError unchanged when wrapped as a SessionFailure.
    expect(toAppError(new SessionFailure(mapped), { phase: 'connect' }).code).toBe('TLS_UNAVAILABLE');
  });
});
