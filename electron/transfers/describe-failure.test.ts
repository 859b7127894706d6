import { describe, expect, it } from 'vitest';
import {
  FtpConnectionClosedError,
  FtpConnectionError,
  FtpPermanentError,
  FtpTemporaryError,
  FtpTimeoutError,
  FtpTlsCertificateError,
} from '../ftp/errors.js';
import type { FtpReply } from '../ftp/reply.js';
import { describeFailure } from './describe-failure.js';
import { TransferFailure } from './transfer-failure.js';

const reply = (code: number, text: string): FtpReply => ({ code, text: `${code} ${text}`, lines: [`${code} ${text}`] }) as unknown as FtpReply;
const sys = (code: string): Error => Object.assign(new Error(`${code} happened`), { code, syscall: 'write' });

describe('describeFailure', () => {
  it.each<[string, unknown, { code: string; transient: boolean; tooManyConnections?: boolean }]>([
    ['421 vsftpd', new FtpTemporaryError(reply(421, 'There are too many connected users, please try later.')), { code: 'TOO_MANY_CONNECTIONS', transient: true, tooManyConnections: true }],
    ['530 proftpd max clients', new FtpPermanentError(reply(530, 'Sorry, the maximum number of clients (2) for this user are already connected.')), { code: 'TOO_MANY_CONNECTIONS', transient: true, tooManyConnections: true }],
    ['450 busy', new FtpTemporaryError(reply(450, 'File unavailable')), { code: 'FTP_TEMPORARY', transient: true, tooManyConnections: false }],
    ['550 missing', new FtpPermanentError(reply(550, 'No such file')), { code: 'FTP_PERMANENT', transient: false }],
    ['530 login', new FtpPermanentError(reply(530, 'Login incorrect.')), { code: 'FTP_AUTH_FAILED', transient: false }],
    ['timeout', new FtpTimeoutError('no reply'), { code: 'FTP_TIMEOUT', transient: true }],
    ['closed', new FtpConnectionClosedError('gone'), { code: 'FTP_CLOSED', transient: true }],
    ['reset', sys('ECONNRESET'), { code: 'FTP_CLOSED', transient: true }],
    ['disk full', sys('ENOSPC'), { code: 'DISK_FULL', transient: false }],
    ['no local file', sys('ENOENT'), { code: 'LOCAL_NOT_FOUND', transient: false }],
    ['premature close', Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }), { code: 'FTP_CLOSED', transient: true }],
    ['ours', new TransferFailure('SIZE_MISMATCH', 'short', true), { code: 'SIZE_MISMATCH', transient: true }],
    ['unknown', new Error('boom'), { code: 'INTERNAL', transient: false }],
  ])('%s', (_name, error, expected) => {
    expect(describeFailure(error)).toMatchObject(expected);
  });

  it('says a connection that never opened could not be made (retrying only what may pass), and one that closed was lost', () => {
    const refused = new FtpConnectionError('Cannot connect to 127.0.0.1 port 1: connect ECONNREFUSED 127.0.0.1:1', { systemCode: 'ECONNREFUSED' });
    expect(describeFailure(refused)).toMatchObject({ code: 'FTP_CONNECT_FAILED', message: 'Cannot connect to 127.0.0.1 port 1: connect ECONNREFUSED 127.0.0.1:1', transient: true });
    expect(describeFailure(new FtpConnectionClosedError('Server closed the connection')).message).toBe('The connection was lost: Server closed the connection');
    const unknownHost = new FtpConnectionError('Cannot connect to nowhere.invalid port 21: getaddrinfo ENOTFOUND nowhere.invalid', { systemCode: 'ENOTFOUND' });
    expect(describeFailure(unknownHost)).toMatchObject({ code: 'FTP_CONNECT_FAILED', transient: false });
    expect(describeFailure(new FtpConnectionError('Cannot connect: getaddrinfo EAI_AGAIN', { systemCode: 'EAI_AGAIN' })).transient).toBe(true);
  });

  it('keeps a certificate failure permanent with its reason', () => {
    const cert = { fingerprint256: 'AA', subject: '', issuer: '', validFrom: '', validTo: '', subjectAltNames: [] };
    expect(describeFailure(new FtpTlsCertificateError('SELF_SIGNED', cert))).toMatchObject({ code: 'TLS_CERT_UNTRUSTED', transient: false });
  });
});
