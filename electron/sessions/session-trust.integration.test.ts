import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RemoteConnectResponse } from '../../shared/remote-session.js';
import type { Result } from '../../shared/result.js';
import { startServer, writeFixture, type RunningServer } from '../test-support/ftp-servers/index.js';
import { paramsFor, recordingManager, type RecordingManager } from './testing/recording-manager.js';

const owner = 'renderer-1';
const otherFingerprint = Array.from({ length: 32 }, (_, i) => (i * 7 + 16).toString(16).toUpperCase().padStart(2, '0')).join(':');

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function needsTrust(answer: RemoteConnectResponse) {
  if (answer.status !== 'needs-trust') throw new Error(`expected needs-trust, got ${answer.status}`);
  return answer;
}

describe('certificate trust on proftpd (explicit FTPS)', () => {
  let server: RunningServer;
  let rec: RecordingManager;

  beforeAll(async () => {
    server = await startServer({ kind: 'proftpd', tls: 'explicit' });
    await writeFixture(server, 'secret.txt', 'classified\n');
  });
  afterEach(async () => {
    await rec?.manager.closeAll();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('asks about a self-signed certificate with its details', async () => {
    rec = recordingManager();
    const answer = needsTrust(value(await rec.manager.connect(paramsFor(server), owner)));
    expect(answer.certificate.fingerprint256).toBe(server.fingerprint256);
    expect(answer.certificate.subject).toContain('CN=localhost');
    expect(answer.certificate.issuer).toContain('CN=localhost');
    expect(answer.certificate.subjectAltNames).toContain('DNS:localhost');
    expect(answer.certificate.validFrom).not.toBe('');
    expect(answer.certificate.validTo).not.toBe('');
    expect(['TLSv1.2', 'TLSv1.3']).toContain(answer.certificate.tlsVersion);
    expect(answer.certificate.cipher).toMatch(/\w/);
    expect(answer.certificate.pem).toContain('BEGIN CERTIFICATE');
    expect(answer.reason).toMatch(/SELF_SIGNED/);
    expect(answer).toMatchObject({ changed: false, pinnedFingerprint256: null });
    expect(rec.manager.size).toBe(0);
  });

  it('trust once connects (encrypted) without pinning, and a new connect asks again', async () => {
    rec = recordingManager();
    const question = needsTrust(value(await rec.manager.connect(paramsFor(server), owner)));
    const answer = value(await rec.manager.trust({ attemptId: question.attemptId, fingerprint256: server.fingerprint256, remember: 'once' }, owner));
    expect(answer).toMatchObject({ status: 'connected', secure: true });
    if (answer.status !== 'connected') return;
    const listing = value(await rec.manager.list(answer.sessionId, owner));
    expect(listing.entries.map((e) => e.name)).toContain('secret.txt');
    value(await rec.manager.mkdir(answer.sessionId, owner, '/tls-dir'));
    value(await rec.manager.rename(answer.sessionId, owner, '/tls-dir', '/tls-dir2'));
    value(await rec.manager.chmod(answer.sessionId, owner, '/tls-dir2', '750'));
    value(await rec.manager.removeDirectory(answer.sessionId, owner, '/tls-dir2'));
    value(await rec.manager.deleteFile(answer.sessionId, owner, '/secret.txt'));
    expect(rec.pins.size).toBe(0);
    expect(value(await rec.manager.connect(paramsFor(server), owner)).status).toBe('needs-trust');
    // An attempt is used once.
    const reused = await rec.manager.trust({ attemptId: question.attemptId, fingerprint256: server.fingerprint256, remember: 'once' }, owner);
    expect(reused).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('trust always pins the certificate, and the next connect does not ask', async () => {
    rec = recordingManager();
    const question = needsTrust(value(await rec.manager.connect(paramsFor(server), owner)));
    const answer = value(await rec.manager.trust({ attemptId: question.attemptId, fingerprint256: server.fingerprint256.toLowerCase(), remember: 'always' }, owner));
    expect(answer).toMatchObject({ status: 'connected', secure: true });
    expect(answer).not.toHaveProperty('warning');
    expect(rec.pins.findPin(server.host, server.port)?.fingerprint256).toBe(server.fingerprint256);
    expect(value(await rec.manager.connect(paramsFor(server), owner))).toMatchObject({ status: 'connected', secure: true });
  });

  it('a different pinned certificate is the loud "changed" answer naming both fingerprints', async () => {
    rec = recordingManager();
    await rec.pins.pinCertificate({ host: server.host, port: server.port, fingerprint256: otherFingerprint, subject: 'CN=old' });
    const answer = needsTrust(value(await rec.manager.connect(paramsFor(server), owner)));
    expect(answer).toMatchObject({ changed: true, pinnedFingerprint256: otherFingerprint, reason: 'FINGERPRINT_MISMATCH' });
    expect(answer.certificate.fingerprint256).toBe(server.fingerprint256);
    // Trusting the new one "always" replaces the pin.
    value(await rec.manager.trust({ attemptId: answer.attemptId, fingerprint256: server.fingerprint256, remember: 'always' }, owner));
    expect(rec.pins.findPin(server.host, server.port)?.fingerprint256).toBe(server.fingerprint256);
  });

  it('trust with the parameters again (no attempt id) and a wrong fingerprint asks again', async () => {
    rec = recordingManager();
    const wrong = value(await rec.manager.trust({ connection: paramsFor(server), fingerprint256: otherFingerprint, remember: 'once' }, owner));
    expect(needsTrust(wrong).certificate.fingerprint256).toBe(server.fingerprint256);
    const right = value(await rec.manager.trust({ connection: paramsFor(server), fingerprint256: server.fingerprint256, remember: 'once' }, owner));
    expect(right.status).toBe('connected');
  });

  it('an attempt belongs to the renderer that made it', async () => {
    rec = recordingManager();
    const question = needsTrust(value(await rec.manager.connect(paramsFor(server), owner)));
    const foreign = await rec.manager.trust({ attemptId: question.attemptId, fingerprint256: server.fingerprint256, remember: 'once' }, 'someone-else');
    expect(foreign).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('plain FTP to a server that requires TLS is TLS_REQUIRED', async () => {
    rec = recordingManager();
    const result = await rec.manager.connect(paramsFor(server, { protocol: 'ftp' }), owner);
    expect(result).toMatchObject({ ok: false, error: { code: 'TLS_REQUIRED' } });
    await rec.manager.closeAll();
    expect(rec.logText()).not.toContain(server.password);
  });
});

describe('TLS negotiation on vsftpd', () => {
  let plain: RunningServer;
  let secure: RunningServer;
  let rec: RecordingManager;

  beforeAll(async () => {
    [plain, secure] = await Promise.all([startServer({ kind: 'vsftpd', tls: 'plain' }), startServer({ kind: 'vsftpd', tls: 'explicit' })]);
    rec = recordingManager();
  });
  afterAll(async () => {
    await rec?.manager.closeAll();
    await Promise.all([plain?.stop(), secure?.stop()]);
  });

  it('"TLS if available" falls back to plain FTP with a visible warning in the answer and the log', async () => {
    const answer = value(await rec.manager.connect(paramsFor(plain, { protocol: 'ftpes-if-available' }), owner));
    expect(answer).toMatchObject({ status: 'connected', secure: false, warning: { code: 'TLS_FALLBACK' } });
    if (answer.status !== 'connected') return;
    expect(answer.warning?.message).toMatch(/NOT encrypted/);
    expect(rec.states.find((s) => s.sessionId === answer.sessionId && s.state === 'connected')?.warning?.code).toBe('TLS_FALLBACK');
    await rec.manager.closeAll();
    expect(rec.logs.some((l) => l.sessionId === answer.sessionId && l.level === 'error' && /NOT encrypted/.test(l.text))).toBe(true);
    expect(rec.logs.some((l) => l.sessionId === answer.sessionId && /AUTH TLS refused/.test(l.text))).toBe(true);
  });

  it('"TLS if available" uses TLS when offered, with no warning', async () => {
    await rec.pins.pinCertificate({ host: secure.host, port: secure.port, fingerprint256: secure.fingerprint256, subject: '' });
    const answer = value(await rec.manager.connect(paramsFor(secure, { protocol: 'ftpes-if-available' }), owner));
    expect(answer).toMatchObject({ status: 'connected', secure: true });
    expect(answer).not.toHaveProperty('warning');
  });

  it('"TLS if available" never falls back when the certificate is not trusted', async () => {
    const fresh = recordingManager();
    const answer = value(await fresh.manager.connect(paramsFor(secure, { protocol: 'ftpes-if-available' }), owner));
    expect(answer.status).toBe('needs-trust');
  });

  it('"TLS required" against a server without TLS fails and says so', async () => {
    const result = await rec.manager.connect(paramsFor(plain, { protocol: 'ftpes-required' }), owner);
    expect(result).toMatchObject({ ok: false, error: { code: 'TLS_UNAVAILABLE' } });
    if (!result.ok) expect(result.error.message).toMatch(/does not support FTP over TLS/);
  });

  it('plain FTP to vsftpd with forced TLS logins is TLS_REQUIRED with its reply', async () => {
    const result = await rec.manager.connect(paramsFor(secure, { protocol: 'ftp' }), owner);
    expect(result).toMatchObject({ ok: false, error: { code: 'TLS_REQUIRED' } });
    if (!result.ok) expect(result.error.detail).toMatch(/encryption/);
  });

  it('anonymous logon works on plain FTP', async () => {
    const answer = value(await rec.manager.connect(paramsFor(plain, { logonType: 'anonymous', user: '', password: undefined }), owner));
    expect(answer.status).toBe('connected');
  });
});

describe('implicit FTPS on vsftpd', () => {
  let server: RunningServer;
  const rec = recordingManager();

  beforeAll(async () => {
    server = await startServer({ kind: 'vsftpd', tls: 'implicit' });
    await writeFixture(server, 'a.txt', 'a');
  });
  afterAll(async () => {
    await rec.manager.closeAll();
    await server?.stop();
  });

  it('asks about the certificate before any FTP is spoken, then browses over TLS once trusted', async () => {
    const question = needsTrust(value(await rec.manager.connect(paramsFor(server), owner)));
    expect(question.certificate.fingerprint256).toBe(server.fingerprint256);
    const answer = value(await rec.manager.trust({ attemptId: question.attemptId, fingerprint256: server.fingerprint256, remember: 'once' }, owner));
    expect(answer).toMatchObject({ status: 'connected', secure: true });
    if (answer.status !== 'connected') return;
    expect(value(await rec.manager.list(answer.sessionId, owner)).entries.map((e) => e.name)).toEqual(['a.txt']);
  });
});
