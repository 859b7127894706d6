import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result.js';
import { startServer, writeFixture, makeDirectory, type RunningServer } from '../test-support/ftp-servers/index.js';
import { eventually, paramsFor, recordingManager, type RecordingManager } from './testing/recording-manager.js';
import { startTcpProxy, type TcpProxy } from './testing/tcp-proxy.js';

const owner = 'renderer-1';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

async function connected(rec: RecordingManager, server: RunningServer, port = server.port): Promise<string> {
  const answer = value(await rec.manager.connect(paramsFor(server, { port }), owner));
  if (answer.status !== 'connected') throw new Error(`expected connected, got ${answer.status}`);
  return answer.sessionId;
}

describe('browse sessions on vsftpd (plain)', () => {
  let server: RunningServer;
  let rec: RecordingManager;
  let proxy: TcpProxy;

  beforeAll(async () => {
    server = await startServer({ kind: 'vsftpd', tls: 'plain' });
    await writeFixture(server, 'readme.txt', 'hello\n');
    await writeFixture(server, '.htaccess', 'Deny from all\n');
    await makeDirectory(server, 'public_html');
    await writeFixture(server, 'public_html/index.html', '<h1>hi</h1>');
    proxy = await startTcpProxy(server.port);
    rec = recordingManager({ keepAlive: { intervalMs: 150 } });
  });

  afterAll(async () => {
    await rec?.manager.closeAll();
    await proxy?.close();
    await server?.stop();
  });

  it('connects, reports the start folder, and lists with dot-files and details', async () => {
    const answer = value(await rec.manager.connect(paramsFor(server), owner));
    expect(answer).toMatchObject({ status: 'connected', path: '/', secure: false });
    if (answer.status !== 'connected') return;
    expect(answer.welcome).toMatch(/^220/);
    const listing = value(await rec.manager.list(answer.sessionId, owner));
    expect(listing.path).toBe('/');
    expect(listing.parent).toBeNull();
    const byName = new Map(listing.entries.map((entry) => [entry.name, entry]));
    expect(byName.get('readme.txt')).toMatchObject({ kind: 'file', size: 6, hidden: false, permissions: 'rw-r--r--', mode: 0o644 });
    expect(byName.get('.htaccess')).toMatchObject({ kind: 'file', hidden: true });
    expect(byName.get('public_html')).toMatchObject({ kind: 'directory' });
    expect(typeof byName.get('readme.txt')?.modified).toBe('number');
    const inner = value(await rec.manager.list(answer.sessionId, owner, '/public_html'));
    expect(inner).toMatchObject({ path: '/public_html', parent: '/' });
    expect(inner.entries.map((entry) => entry.name)).toEqual(['index.html']);
    // No path: the folder the last listing showed.
    expect(value(await rec.manager.list(answer.sessionId, owner)).path).toBe('/public_html');
    expect(rec.states.filter((s) => s.sessionId === answer.sessionId).map((s) => s.state)).toEqual(['connecting', 'connected']);
  });

  it('creates, renames, chmods, deletes and removes on the real file system', async () => {
    const id = await connected(rec, server);
    expect(value(await rec.manager.mkdir(id, owner, '/made'))).toEqual({ path: '/made' });
    expect((await stat(join(server.root, 'made'))).isDirectory()).toBe(true);
    await writeFixture(server, 'made/a.txt', 'a');
    value(await rec.manager.rename(id, owner, '/made/a.txt', '/made/b.txt'));
    expect(await readdir(join(server.root, 'made'))).toEqual(['b.txt']);
    value(await rec.manager.chmod(id, owner, '/made/b.txt', '600'));
    expect((await stat(join(server.root, 'made', 'b.txt'))).mode & 0o777).toBe(0o600);
    const refused = await rec.manager.removeDirectory(id, owner, '/made');
    expect(refused).toMatchObject({ ok: false, error: { code: 'FTP_PERMANENT' } });
    if (!refused.ok) expect(refused.error.detail).toMatch(/^550/);
    value(await rec.manager.deleteFile(id, owner, '/made/b.txt'));
    value(await rec.manager.removeDirectory(id, owner, '/made'));
    await expect(stat(join(server.root, 'made'))).rejects.toThrow(/ENOENT/);
    // The session survived the 550 and serves the next call.
    expect(value(await rec.manager.list(id, owner, '/')).entries.some((e) => e.name === 'made')).toBe(false);
  });

  it('runs concurrent calls one at a time, each with its own answer', async () => {
    const id = await connected(rec, server);
    const [root, inner, made] = await Promise.all([
      rec.manager.list(id, owner, '/'),
      rec.manager.list(id, owner, '/public_html'),
      rec.manager.mkdir(id, owner, '/parallel'),
    ]);
    expect(value(root).path).toBe('/');
    expect(value(inner).path).toBe('/public_html');
    expect(value(made).path).toBe('/parallel');
    value(await rec.manager.removeDirectory(id, owner, '/parallel'));
  });

  it('answers a wrong password with FTP_AUTH_FAILED and the server reply', async () => {
    const result = await rec.manager.connect(paramsFor(server, { password: 'wrong-secret-42' }), owner);
    expect(result).toMatchObject({ ok: false, error: { code: 'FTP_AUTH_FAILED' } });
    if (!result.ok) {
      expect(result.error.message).toMatch(/user name and password/);
      expect(result.error.detail).toMatch(/^530/);
    }
    await rec.manager.closeAll();
    expect(rec.logText()).not.toContain('wrong-secret-42');
  });

  it('reads a saved password by site id when none is sent', async () => {
    const saved = recordingManager({ passwords: { getPassword: async (siteId) => (siteId === 'site-1' ? server.password : undefined) } });
    const withSaved = await saved.manager.connect(paramsFor(server, { password: undefined, siteId: 'site-1' }), owner);
    expect(withSaved).toMatchObject({ ok: true, value: { status: 'connected' } });
    const without = await saved.manager.connect(paramsFor(server, { password: undefined, siteId: 'site-2' }), owner);
    expect(without).toMatchObject({ ok: false, error: { code: 'FTP_AUTH_FAILED' } });
    if (!without.ok) expect(without.error.message).toMatch(/No password is saved/);
    await saved.manager.closeAll();
    expect(saved.logText()).not.toContain(server.password);
  });

  it('answers a closed port with FTP_CONNECT_FAILED', async () => {
    const free = await startTcpProxy(1);
    await free.close();
    const result = await rec.manager.connect(paramsFor(server, { port: free.port }), owner);
    expect(result).toMatchObject({ ok: false, error: { code: 'FTP_CONNECT_FAILED' } });
    if (!result.ok) expect(result.error.detail).toMatch(/ECONNREFUSED/);
  });

  it('reconnects transparently on the next call after the connection was lost', async () => {
    const id = await connected(rec, server, proxy.port);
    value(await rec.manager.list(id, owner, '/public_html'));
    const before = proxy.connections;
    proxy.cutAll();
    const listing = value(await rec.manager.list(id, owner));
    // Back in the folder it was in, over a new connection.
    expect(listing.path).toBe('/public_html');
    expect(proxy.connections).toBe(before + 1);
    const mine = rec.states.filter((s) => s.sessionId === id).map((s) => s.state);
    expect(mine).toEqual(['connecting', 'connected', 'reconnecting', 'connected']);
  });

  it('a reconnect that fails reports why, keeps the session, and the next call tries again', async () => {
    const id = await connected(rec, server, proxy.port);
    const port = proxy.port;
    await proxy.close();
    const failed = await rec.manager.list(id, owner);
    expect(failed).toMatchObject({ ok: false, error: { code: 'FTP_CONNECT_FAILED' } });
    expect(rec.states.filter((s) => s.sessionId === id).at(-1)).toMatchObject({ state: 'disconnected', error: { code: 'FTP_CONNECT_FAILED' } });
    proxy = await startTcpProxy(server.port, port);
    expect(value(await rec.manager.list(id, owner)).path).toBe('/');
    expect(rec.states.filter((s) => s.sessionId === id).map((s) => s.state).slice(-2)).toEqual(['reconnecting', 'connected']);
  });

  it('a change after a lost connection reconnects first, then runs', async () => {
    const id = await connected(rec, server, proxy.port);
    proxy.cutAll();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(value(await rec.manager.mkdir(id, owner, '/after-cut')).path).toBe('/after-cut');
    value(await rec.manager.removeDirectory(id, owner, '/after-cut'));
  });

  it('keeps an idle session alive with NOOP', async () => {
    const id = await connected(rec, server);
    await eventually(() => rec.logs.some((line) => line.sessionId === id && line.level === 'command' && line.text.includes('NOOP')), 3000);
    value(await rec.manager.list(id, owner));
  });

  it('refuses calls on unknown, closed or foreign sessions with FTP_CLOSED', async () => {
    const id = await connected(rec, server);
    expect(await rec.manager.list(id, 'another-renderer')).toMatchObject({ ok: false, error: { code: 'FTP_CLOSED' } });
    value(await rec.manager.disconnect(id, owner));
    expect(rec.states.at(-1)).toEqual({ sessionId: id, state: 'disconnected' });
    expect(await rec.manager.list(id, owner)).toMatchObject({ ok: false, error: { code: 'FTP_CLOSED' } });
    expect(await rec.manager.list('no-such-session', owner)).toMatchObject({ ok: false, error: { code: 'FTP_CLOSED' } });
  });

  it('logs commands and replies with PASS masked and never the password', async () => {
    await rec.manager.closeAll();
    const text = rec.logText();
    expect(text).toMatch(/^USER ftptest$/m);
    expect(text).toMatch(/^PASS \*\*\*\*$/m);
    expect(text).toMatch(/^230/m);
    expect(text).not.toContain(server.password);
    expect(rec.logs.every((line) => ['status', 'command', 'reply', 'error'].includes(line.level))).toBe(true);
    expect(JSON.stringify(rec.states)).not.toContain(server.password);
  });
});
