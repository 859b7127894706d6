import { describe, expect, it } from 'vitest';
import { testOutcome } from './test-connection.js';

const certificate = {
  fingerprint256: 'AA:BB',
  subject: 'CN=x',
  issuer: 'CN=x',
  validFrom: '',
  validTo: '',
  subjectAltNames: [],
  tlsVersion: 'TLSv1.3',
  cipher: null,
  pem: null,
};

describe('testOutcome', () => {
  it.each([
    [{ ok: true, value: { status: 'connected', sessionId: 's', path: '/www', secure: true, welcome: '220 hi' } }, 'ok', /encrypted\. Starting folder: \/www/],
    [{ ok: true, value: { status: 'connected', sessionId: 's', path: '/', secure: false, welcome: '220 hi' } }, 'ok', /without encryption/],
    [
      { ok: true, value: { status: 'connected', sessionId: 's', path: '/', secure: false, welcome: '', warning: { code: 'TLS_FALLBACK', message: 'No TLS: plain FTP.' } } },
      'warning',
      /No TLS: plain FTP\./,
    ],
    [
      { ok: true, value: { status: 'needs-trust', attemptId: 'a', reason: 'SELF_SIGNED', certificate, changed: false, pinnedFingerprint256: null } },
      'warning',
      /not trusted yet/,
    ],
    [
      { ok: true, value: { status: 'needs-trust', attemptId: 'a', reason: 'FINGERPRINT_MISMATCH', certificate, changed: true, pinnedFingerprint256: 'CC' } },
      'warning',
      /DIFFERENT certificate/,
    ],
    [{ ok: false, error: { code: 'FTP_AUTH_FAILED', message: 'no', detail: '530 Login incorrect.' } }, 'error', /user name or password/],
  ] as const)('%#: %s', (result, tone, text) => {
    const outcome = testOutcome(result as Parameters<typeof testOutcome>[0]);
    expect(outcome.tone).toBe(tone);
    expect(outcome.text).toMatch(text);
  });
});
