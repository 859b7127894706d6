import type { PeerCertificate } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { describeCertificate, normalizeFingerprint } from './tls.js';

describe('normalizeFingerprint', () => {
  it.each([
    ['AB:CD:EF:01', 'ABCDEF01'],
    ['ab:cd:ef:01', 'ABCDEF01'],
    ['abcdef01', 'ABCDEF01'],
    [' AB CD-EF 01 ', 'ABCDEF01'],
  ])('%s', (input, expected) => expect(normalizeFingerprint(input)).toBe(expected));
});

describe('describeCertificate', () => {
  it('renders names, SANs and PEM', () => {
    const cert = {
      subject: { CN: 'localhost', O: 'Ferry' },
      issuer: { CN: 'Test CA' },
      valid_from: 'Jan  1 00:00:00 2024 GMT',
      valid_to: 'Jan  1 00:00:00 2034 GMT',
      fingerprint256: 'AA:BB',
      subjectaltname: 'DNS:localhost, IP Address:127.0.0.1',
      raw: Buffer.from('hello'),
    } as unknown as PeerCertificate;
    const details = describeCertificate(cert);
    expect(details).toMatchObject({
      fingerprint256: 'AA:BB',
      subject: 'CN=localhost, O=Ferry',
      issuer: 'CN=Test CA',
      validFrom: 'Jan  1 00:00:00 2024 GMT',
      validTo: 'Jan  1 00:00:00 2034 GMT',
      subjectAltNames: ['DNS:localhost', 'IP Address:127.0.0.1'],
    });
    expect(details.pem).toBe('-----BEGIN CERTIFICATE-----\naGVsbG8=\n-----END CERTIFICATE-----\n');
  });
});
