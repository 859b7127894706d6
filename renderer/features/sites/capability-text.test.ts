import { describe, expect, it } from 'vitest';
import { capabilityLines, capabilitySummary, tlsVersionText } from './capability-text.js';

const proftpdTls = { tls: true, tlsVersion: 'TLSv1.3', mlsd: true, utf8: true, resume: true, mfmt: true, epsv: true };
const vsftpdPlain = { tls: false, tlsVersion: null, mlsd: false, utf8: true, resume: true, mfmt: false, epsv: true };

describe('capability text', () => {
  it.each([
    ['TLSv1.3', 'TLS 1.3'],
    ['TLSv1.2', 'TLS 1.2'],
    [null, 'TLS'],
  ])('tlsVersionText(%s) = %s', (version, text) => {
    expect(tlsVersionText(version)).toBe(text);
  });

  it.each([
    [proftpdTls, 'Encrypted (TLS 1.3) · Modern listings (MLSD) · Resume supported · UTF-8 names · Keeps file times (MFMT) · Extended passive (EPSV)'],
    [
      vsftpdPlain,
      'Not encrypted · Classic listings only (no MLSD) · Resume supported · UTF-8 names · Cannot set file times (no MFMT) · Extended passive (EPSV)',
    ],
  ])('summary %#', (capabilities, text) => {
    expect(capabilitySummary(capabilities)).toBe(text);
  });

  it('marks each line supported or not', () => {
    const lines = capabilityLines(vsftpdPlain);
    expect(lines.filter((line) => !line.supported).map((line) => line.key)).toEqual(['tls', 'mlsd', 'mfmt']);
  });
});
