import { expect, it } from 'vitest';
import type { PinnedCertificate } from '../../shared/site.js';
import { checkAgainstPin } from './certificate-pins.js';

const trusted = Array(32).fill('AB').join(':');
const other = Array(32).fill('CD').join(':');
const pin: PinnedCertificate = { host: 'ftp.example.com', port: 21, fingerprint256: trusted, subject: 'CN=x', pinnedAt: '2026-01-01T00:00:00.000Z' };

it.each([
  [undefined, trusted, { kind: 'not-pinned' }],
  [pin, trusted.toLowerCase(), { kind: 'match', pin }],
  [pin, other, { kind: 'mismatch', pin, presented: other, warning: expect.stringContaining(`Trusted: ${trusted}. Presented now: ${other}.`) }],
])('judges %# against the pin', (candidate, presented, verdict) => {
  expect(checkAgainstPin(candidate, presented)).toEqual(verdict);
});
