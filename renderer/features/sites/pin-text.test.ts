import { describe, expect, it } from 'vitest';
import { endpointText, pinnedSince, subjectName } from './pin-text.js';

describe('pin text', () => {
  it.each([
    ['127.0.0.1', 2121, '127.0.0.1:2121'],
    ['ftp.example.com', 21, 'ftp.example.com:21'],
    ['::1', 990, '[::1]:990'],
  ])('endpointText(%s, %d)', (host, port, text) => {
    expect(endpointText({ host, port })).toBe(text);
  });

  it.each([
    ['CN=localhost', 'localhost'],
    ['O=Ferry Test, CN=ftp.example.com', 'ftp.example.com'],
    ['O=Only Org', 'Only Org'],
    ['', 'No subject recorded'],
  ])('subjectName(%j)', (subject, name) => {
    expect(subjectName(subject)).toBe(name);
  });

  it('dates a pin in the given format, or keeps text it cannot read', () => {
    const utc = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
    expect(pinnedSince('2026-11-21T10:40:00.000Z', utc)).toBe('Trusted since 21 Nov 2026, 10:40');
    expect(pinnedSince('yesterday', utc)).toBe('Trusted since yesterday');
  });
});
