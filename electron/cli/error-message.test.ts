import { describe, expect, it } from 'vitest';
import {
  FtpConnectionClosedError,
  FtpConnectionError,
  FtpPermanentError,
  FtpTemporaryError,
  FtpTimeoutError,
  FtpTlsCertificateError,
} from '../ftp/errors.js';
import { makeReply } from '../ftp/reply.js';
import { errorMessage, step, StepError } from './error-message.js';

const certificate = {
  fingerprint256: 'AB:CD:EF',
  subject: 'CN=localhost',
  issuer: 'CN=localhost',
  validFrom: '',
  validTo: '',
  subjectAltNames: [],
};

describe('errorMessage', () => {
  it.each<[string, unknown, string]>([
    ['a 530 during login', new StepError('login failed', new FtpPermanentError(makeReply(530, ['530 Login incorrect.']))), 'login failed: 530 Login incorrect.'],
    [
      'a multi-line 4xx on one line',
      new StepError('cannot list /x', new FtpTemporaryError(makeReply(450, ['450-Busy', ' try later', '450 End']))),
      'cannot list /x: 450 Busy try later End',
    ],
    [
      'a refused connection',
      new StepError('cannot connect to 127.0.0.1:1', new FtpConnectionError('Cannot connect: connect ECONNREFUSED', { systemCode: 'ECONNREFUSED' })),
      'cannot connect to 127.0.0.1:1: connection refused',
    ],
    [
      'an unknown host',
      new StepError('cannot connect to nowhere.invalid:21', new FtpConnectionError('getaddrinfo ENOTFOUND', { systemCode: 'ENOTFOUND' })),
      'cannot connect to nowhere.invalid:21: host not found',
    ],
    [
      'a connect timeout in seconds',
      new StepError('cannot connect to h:21', new FtpTimeoutError('Connecting to h:21 timed out after 2500 ms')),
      'cannot connect to h:21: connecting to h:21 timed out after 2.5 s',
    ],
    [
      'a TLS handshake failure without a system code',
      new StepError('cannot connect to h:990', new FtpConnectionError('TLS handshake failed: wrong version number')),
      'cannot connect to h:990: TLS handshake failed: wrong version number',
    ],
    [
      'a plain server on an implicit-TLS URL',
      new StepError('cannot connect to h:21', new FtpConnectionError('TLS handshake failed: x', { systemCode: 'ERR_SSL_WRONG_VERSION_NUMBER' })),
      'cannot connect to h:21: TLS handshake failed: the server does not speak TLS first on this port (ftpes:// or ftp:// may fit)',
    ],
    [
      'an OpenSSL reason without its codes and source file',
      new StepError(
        'cannot connect to h:990',
        new FtpConnectionError(
          'TLS handshake failed: 807C6F424A7F0000:error:0A000410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:1605:SSL alert number 40',
        ),
      ),
      'cannot connect to h:990: TLS handshake failed: sslv3 alert handshake failure SSL alert number 40',
    ],
    [
      'a self-signed certificate, whatever the step',
      new StepError('login failed', new FtpTlsCertificateError('DEPTH_ZERO_SELF_SIGNED_CERT', certificate)),
      "certificate not trusted (self-signed; SHA-256 AB:CD:EF); if that is the server's fingerprint, pass it with --fingerprint, or use --insecure to skip the check",
    ],
    [
      'a pinned fingerprint that does not match',
      new FtpTlsCertificateError('FINGERPRINT_MISMATCH', certificate),
      'certificate not trusted (not the one given with --fingerprint; SHA-256 AB:CD:EF); the server may have changed its certificate, or someone is in between',
    ],
    [
      'a 421 that closed the connection',
      new StepError('cannot delete /a', new FtpConnectionClosedError('Service not available: Timeout', { reply: makeReply(421, ['421 Timeout']) })),
      'cannot delete /a: service not available: Timeout',
    ],
    ['a local file error', new StepError('cannot read x.txt', Object.assign(new Error('ENOENT: open'), { code: 'ENOENT' })), 'cannot read x.txt: no such file or directory'],
    ['a thrown string', 'odd', 'odd'],
  ])('%s', (_label, error, line) => {
    expect(errorMessage(error)).toBe(line);
  });
});

describe('step', () => {
  it('wraps a failure with its context once, keeping the innermost context', async () => {
    const inner = step('inner', () => Promise.reject(new Error('Boom')));
    const outer = step('outer', () => inner);
    await expect(outer).rejects.toMatchObject({ context: 'inner' });
    await expect(step('ok', () => Promise.resolve(5))).resolves.toBe(5);
  });
});
