import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RemoteConnectResponse } from '../../shared/remote-session.js';
import type { Result } from '../../shared/result.js';
import { startServer, type RunningServer, type ServerKind, type TlsMode } from '../test-support/ftp-servers/index.js';
import { paramsFor, recordingManager, type RecordingManager } from './testing/recording-manager.js';

const owner = 'renderer-1';

function connected(result: Result<RemoteConnectResponse>) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  if (result.value.status !== 'connected') throw new Error(`expected connected, got ${result.value.status}`);
  return result.value;
}

/** Connects to a harness server, accepting its self-signed certificate once (the pin is not the point here). */
async function connect(rec: RecordingManager, server: RunningServer, protocol?: 'ftpes-if-available') {
  const params = paramsFor(server, protocol === undefined ? {} : { protocol });
  if (server.tls === 'plain') return connected(await rec.manager.connect(params, owner));
  return connected(await rec.manager.trust({ connection: params, fingerprint256: server.fingerprint256, remember: 'once' }, owner));
}

// What "Test connection" reports, against what each real server announces (TEST-SERVERS.md: vsftpd has no
// MLSD; proftpd has MLST, MFMT and REST STREAM).
describe.each<[ServerKind, TlsMode, Record<string, unknown>]>([
  ['vsftpd', 'explicit', { tls: true, mlsd: false, mfmt: false, resume: true, epsv: true, utf8: true }],
  ['proftpd', 'explicit', { tls: true, mlsd: true, mfmt: true, resume: true, epsv: true }],
  ['vsftpd', 'plain', { tls: false, tlsVersion: null, mlsd: false, resume: true }],
])('capabilities of %s (%s)', (kind, tls, expected) => {
  let server: RunningServer;
  let rec: RecordingManager;

  beforeAll(async () => {
    server = await startServer({ kind, tls });
    rec = recordingManager();
  });
  afterAll(async () => {
    await rec?.manager.closeAll();
    await server?.stop();
  });

  it('come with the connected answer', async () => {
    const answer = await connect(rec, server);
    expect(answer.capabilities).toMatchObject(expected);
    if (tls !== 'plain') expect(answer.capabilities?.tlsVersion).toMatch(/^TLSv1\.[23]$/);
    expect(answer.capabilities?.tls).toBe(answer.secure);
  });
});

describe('capabilities after the "TLS if available" fallback (vsftpd without TLS)', () => {
  let server: RunningServer;
  let rec: RecordingManager;

  beforeAll(async () => {
    server = await startServer({ kind: 'vsftpd', tls: 'plain' });
    rec = recordingManager();
  });
  afterAll(async () => {
    await rec?.manager.closeAll();
    await server?.stop();
  });

  it('say "not encrypted"', async () => {
    const answer = await connect(rec, server, 'ftpes-if-available');
    expect(answer.warning?.code).toBe('TLS_FALLBACK');
    expect(answer.capabilities).toMatchObject({ tls: false, tlsVersion: null, mlsd: false, epsv: true });
  });
});
