import { describe, expect, it } from 'vitest';
import { altNameText, describeName, formatCertificateDate, groupFingerprint, validityOf } from './certificate-format.js';

const fingerprint = Array.from({ length: 32 }, (_, index) => index.toString(16).padStart(2, '0')).join(':');

describe('certificate formatting', () => {
  it('groups a fingerprint into four lines of eight bytes, upper case', () => {
    const groups = groupFingerprint(fingerprint);
    expect(groups).toHaveLength(4);
    expect(groups[0]).toBe('00:01:02:03:04:05:06:07');
    expect(groups[3]).toBe('18:19:1A:1B:1C:1D:1E:1F');
    expect(groups.join(':')).toBe(fingerprint.toUpperCase());
  });

  it.each([
    ['Nov 21 09:06:34 2026 GMT', 'Nov 18 09:06:34 2036 GMT', Date.UTC(2030, 0, 1), 'valid'],
    ['Nov 21 09:06:34 2026 GMT', 'Nov 18 09:06:34 2036 GMT', Date.UTC(2037, 0, 1), 'expired'],
    ['Nov 21 09:06:34 2026 GMT', 'Nov 18 09:06:34 2036 GMT', Date.UTC(2020, 0, 1), 'not-yet-valid'],
    ['garbage', 'Nov 18 09:06:34 2036 GMT', Date.UTC(2030, 0, 1), 'unknown'],
  ] as const)('%s – %s at %d is %s', (from, to, now, validity) => {
    expect(validityOf(from, to, now)).toBe(validity);
  });

  it('formats a date in the given locale and keeps unparsable text', () => {
    const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
    expect(formatCertificateDate('Nov 21 09:06:34 2026 GMT', format)).toBe('21 Nov 2026');
    expect(formatCertificateDate('whenever', format)).toBe('whenever');
  });

  it('reads a distinguished name, common name first', () => {
    expect(describeName('O=Ferry Test, CN=localhost')).toEqual([
      { label: 'Common name', value: 'localhost' },
      { label: 'Organization', value: 'Ferry Test' },
    ]);
    expect(describeName('CN=a, b, O=x')).toEqual([
      { label: 'Common name', value: 'a, b' },
      { label: 'Organization', value: 'x' },
    ]);
  });

  it('drops the type prefix of alternative names', () => {
    expect(['DNS:localhost', 'IP Address:127.0.0.1', 'other'].map(altNameText)).toEqual(['localhost', '127.0.0.1', 'other']);
    expect(
      ['IP Address:0:0:0:0:0:0:0:1', 'IP Address:2001:DB8:0:0:1:0:0:1', 'IP Address:2001:db8:0:1:1:1:1:1', 'IP Address:FE80:0:0:0:0:0:0:0'].map(altNameText),
    ).toEqual(['::1', '2001:db8::1:0:0:1', '2001:db8:0:1:1:1:1:1', 'fe80::']);
  });
});
