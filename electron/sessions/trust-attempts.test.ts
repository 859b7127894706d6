import { describe, expect, it } from 'vitest';
import { remoteConnectRequestSchema, type CertificateDetails } from '../../shared/remote-session.js';
import { TrustAttempts, sameFingerprint } from './trust-attempts.js';

const fp = (byte: string) => Array.from({ length: 32 }, () => byte).join(':');
const certificate: CertificateDetails = {
  fingerprint256: fp('AB'),
  subject: 'CN=x',
  issuer: 'CN=x',
  validFrom: '',
  validTo: '',
  subjectAltNames: [],
  tlsVersion: 'TLSv1.3',
  cipher: 'TLS_AES_256_GCM_SHA384',
  pem: null,
};
const params = remoteConnectRequestSchema.parse({ host: 'h', protocol: 'ftpes-required', password: 'pw' });

describe('TrustAttempts', () => {
  it('answers needs-trust, loud only when a different fingerprint is pinned', () => {
    const attempts = new TrustAttempts();
    const fresh = attempts.add({ params, password: 'pw', owner: 'a', certificate }, 'DEPTH_ZERO_SELF_SIGNED_CERT', undefined);
    expect(fresh).toMatchObject({ status: 'needs-trust', changed: false, pinnedFingerprint256: null });
    const samePin = attempts.add({ params, password: 'pw', owner: 'a', certificate }, 'X', fp('ab'));
    expect(samePin).toMatchObject({ changed: false, pinnedFingerprint256: null });
    const changed = attempts.add({ params, password: 'pw', owner: 'a', certificate }, 'FINGERPRINT_MISMATCH', fp('CD'));
    expect(changed).toMatchObject({ changed: true, pinnedFingerprint256: fp('CD') });
    expect(JSON.stringify([fresh, samePin, changed])).not.toContain('"pw"');
  });

  it('hands an attempt out once, only to its owner, and not after it expired', () => {
    let now = 0;
    const attempts = new TrustAttempts(1000, 16, () => now);
    const id = (answer: ReturnType<TrustAttempts['add']>) => (answer.status === 'needs-trust' ? answer.attemptId : '');
    const a = id(attempts.add({ params, password: 'pw', owner: 'a', certificate }, 'r', undefined));
    expect(attempts.take(a, 'b')).toBeUndefined();
    expect(attempts.take(a, 'a')?.password).toBe('pw');
    expect(attempts.take(a, 'a')).toBeUndefined();
    const late = id(attempts.add({ params, password: 'pw', owner: 'a', certificate }, 'r', undefined));
    now = 1000;
    expect(attempts.take(late, 'a')).toBeUndefined();
  });

  it('keeps at most `max` attempts, dropping the oldest, and forgets an owner', () => {
    const attempts = new TrustAttempts(60_000, 2);
    const ids = [1, 2, 3].map(() => {
      const answer = attempts.add({ params, password: 'pw', owner: 'a', certificate }, 'r', undefined);
      return answer.status === 'needs-trust' ? answer.attemptId : '';
    });
    expect(attempts.take(ids[0] ?? '', 'a')).toBeUndefined();
    attempts.dropOwner('a');
    expect(attempts.take(ids[2] ?? '', 'a')).toBeUndefined();
  });

  it.each([
    [fp('AB'), fp('ab'), true],
    [fp('AB'), fp('AB').replace(/:/g, ''), true],
    [fp('AB'), fp('AC'), false],
  ])('sameFingerprint(%s, %s) is %s', (a, b, same) => {
    expect(sameFingerprint(a, b)).toBe(same);
  });
});
