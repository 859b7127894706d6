import { describe, expect, it } from 'vitest';
import type { PackedRemoteListing, RemoteEntryRow } from '../../../shared/remote-listing-wire.js';
import type { Result } from '../../../shared/result.js';
import { runConnectionTest, testOutcome } from './test-connection.js';
import type { SitesState } from './use-sites.js';

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
const capabilities = { tls: true, tlsVersion: 'TLSv1.3', mlsd: false, utf8: true, resume: true, mfmt: false, epsv: true };
const row: RemoteEntryRow = ['a', 'file', 1, null, -1, null, -1, -1, null];
const listing = (path: string, count: number): Result<PackedRemoteListing> => ({
  ok: true,
  value: { path, parent: null, strings: [], rows: Array.from({ length: count }, () => row) },
});

describe('testOutcome', () => {
  it.each([
    [{ ok: true, value: { status: 'connected', sessionId: 's', path: '/www', secure: true, welcome: '220 hi' } }, undefined, 'ok', /encrypted\. Starting folder: \/www/],
    [{ ok: true, value: { status: 'connected', sessionId: 's', path: '/', secure: false, welcome: '220 hi' } }, undefined, 'ok', /without encryption/],
    [{ ok: true, value: { status: 'connected', sessionId: 's', path: '/', secure: true, welcome: '', capabilities } }, listing('/www', 12), 'ok', /^Connected and logged in\. Listed \/www \(12 items\)\.$/],
    [{ ok: true, value: { status: 'connected', sessionId: 's', path: '/', secure: true, welcome: '', capabilities } }, listing('/', 1), 'ok', /Listed \/ \(1 item\)/],
    [
      { ok: true, value: { status: 'connected', sessionId: 's', path: '/', secure: true, welcome: '', capabilities } },
      { ok: false, error: { code: 'NOT_FOUND', message: 'gone', detail: '550 No such directory' } },
      'warning',
      /but the remote folder could not be listed/,
    ],
    [
      { ok: true, value: { status: 'connected', sessionId: 's', path: '/', secure: false, welcome: '', warning: { code: 'TLS_FALLBACK', message: 'No TLS: plain FTP.' } } },
      undefined,
      'warning',
      /No TLS: plain FTP\./,
    ],
    [
      { ok: true, value: { status: 'needs-trust', attemptId: 'a', reason: 'SELF_SIGNED', certificate, changed: false, pinnedFingerprint256: null } },
      undefined,
      'warning',
      /not trusted yet/,
    ],
    [
      { ok: true, value: { status: 'needs-trust', attemptId: 'a', reason: 'FINGERPRINT_MISMATCH', certificate, changed: true, pinnedFingerprint256: 'CC' } },
      undefined,
      'warning',
      /DIFFERENT certificate/,
    ],
    [{ ok: false, error: { code: 'FTP_AUTH_FAILED', message: 'no', detail: '530 Login incorrect.' } }, undefined, 'error', /user name or password/],
  ] as const)('%#: %s', (result, listed, tone, text) => {
    const outcome = testOutcome(result as Parameters<typeof testOutcome>[0], listed as Parameters<typeof testOutcome>[1]);
    expect(outcome.tone).toBe(tone);
    expect(outcome.text).toMatch(text);
  });

  it('carries what the server supports, also with a warning', () => {
    const fallback = testOutcome({
      ok: true,
      value: { status: 'connected', sessionId: 's', path: '/', secure: false, welcome: '', capabilities: { ...capabilities, tls: false, tlsVersion: null }, warning: { code: 'TLS_FALLBACK', message: 'plain' } },
    });
    expect(fallback.capabilities?.map((line) => line.text)).toContain('Not encrypted');
    expect(testOutcome({ ok: false, error: { code: 'FTP_CLOSED', message: 'x' } }).capabilities).toBeUndefined();
  });
});

describe('runConnectionTest', () => {
  it('connects, lists the default folder, disconnects', async () => {
    const calls: [string, unknown][] = [];
    const answers: Record<string, unknown> = {
      'remote:connect': { ok: true, value: { status: 'connected', sessionId: 'S1', path: '/', secure: true, welcome: '', capabilities } },
      'remote:list': listing('/www', 3),
      'remote:disconnect': { ok: true, value: {} },
    };
    const call = (async (channel: string, payload: unknown) => {
      calls.push([channel, payload]);
      return answers[channel];
    }) as unknown as SitesState['call'];
    const outcome = await runConnectionTest(call, { host: 'h', protocol: 'ftp' }, ' /www ');
    expect(calls.map(([channel]) => channel)).toEqual(['remote:connect', 'remote:list', 'remote:disconnect']);
    expect(calls[1]?.[1]).toEqual({ sessionId: 'S1', path: '/www' });
    expect(calls[2]?.[1]).toEqual({ sessionId: 'S1' });
    expect(outcome).toMatchObject({ tone: 'ok', text: expect.stringMatching(/Listed \/www \(3 items\)/) });
  });

  it('does not list or disconnect when the certificate needs a decision', async () => {
    const channels: string[] = [];
    const call = (async (channel: string) => {
      channels.push(channel);
      return { ok: true, value: { status: 'needs-trust', attemptId: 'a', reason: 'SELF_SIGNED', certificate, changed: false, pinnedFingerprint256: null } };
    }) as unknown as SitesState['call'];
    expect((await runConnectionTest(call, { host: 'h', protocol: 'ftpes-required' }, '')).tone).toBe('warning');
    expect(channels).toEqual(['remote:connect']);
  });
});
