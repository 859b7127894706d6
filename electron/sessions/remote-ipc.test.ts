import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { webShellSocketPath, type ServerMessage } from '../../shared/web-shell-protocol.js';
import { createDispatcher } from '../ipc/dispatch.js';
import { createHandlers } from '../services/create-handlers.js';
import { startServer, writeFixture, type RunningServer } from '../test-support/ftp-servers/index.js';
import { startWebShell, type WebShell } from '../web-shell/start-web-shell.js';
import { eventually, recordingManager } from './testing/recording-manager.js';
import { startTcpProxy, type TcpProxy } from './testing/tcp-proxy.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ kind: 'vsftpd', tls: 'plain' });
  await writeFixture(server, 'index.html', '<h1>hi</h1>');
});
afterAll(async () => {
  await server?.stop();
});

const sid = '0c2b0a53-8e8c-4bde-9d1b-3f0c1e5f8d11';

describe('remote channels through the real dispatcher', () => {
  const rec = recordingManager();
  const dispatch = createDispatcher(createHandlers({ homeDir: '/', shell: 'web', pkg: { name: 'Ferry', version: '1' }, sessions: rec.manager }), {
    validateResponses: true,
  });
  const context = { clientId: 'ipc-test', signal: new AbortController().signal };
  const good = () => ({ host: server.host, port: server.port, protocol: 'ftp', user: server.user, password: server.password });
  afterAll(() => rec.manager.closeAll());

  it.each<[string, string, unknown]>([
    ['a missing protocol', 'remote:connect', { host: '127.0.0.1' }],
    ['an unknown protocol', 'remote:connect', { host: '127.0.0.1', protocol: 'sftp' }],
    ['an unknown key', 'remote:connect', { host: '127.0.0.1', protocol: 'ftp', savePassword: true }],
    ['a host with a space', 'remote:connect', { host: 'a b', protocol: 'ftp' }],
    ['a host with a path', 'remote:connect', { host: 'a/b', protocol: 'ftp' }],
    ['port 0', 'remote:connect', { host: 'h', protocol: 'ftp', port: 0 }],
    ['a user with CRLF', 'remote:connect', { host: 'h', protocol: 'ftp', user: 'bob\r\nDELE x' }],
    ['a password with LF', 'remote:connect', { host: 'h', protocol: 'ftp', password: 'a\nb' }],
    ['a logon type "ask" (the renderer asks, then sends normal)', 'remote:connect', { host: 'h', protocol: 'ftp', logonType: 'ask' }],
    ['a bad session id', 'remote:list', { sessionId: 'a b' }],
    ['a path with CRLF', 'remote:list', { sessionId: sid, path: '/x\r\nDELE /y' }],
    ['a path with NUL', 'remote:delete', { sessionId: sid, path: '/x\0' }],
    ['an empty path', 'remote:mkdir', { sessionId: sid, path: '' }],
    ['an overlong path', 'remote:rmdir', { sessionId: sid, path: `/${'a'.repeat(5000)}` }],
    ['a rename without target', 'remote:rename', { sessionId: sid, from: '/a' }],
    ['a mode that is not octal', 'remote:chmod', { sessionId: sid, path: '/a', mode: '999' }],
    ['a numeric mode', 'remote:chmod', { sessionId: sid, path: '/a', mode: 644 }],
    ['trust with both attempt and connection', 'remote:trust', { attemptId: sid, connection: { host: 'h', protocol: 'ftp' }, fingerprint256: 'AA:'.repeat(31) + 'AA', remember: 'once' }],
    ['trust with neither', 'remote:trust', { fingerprint256: 'AA:'.repeat(31) + 'AA', remember: 'once' }],
    ['trust with a short fingerprint', 'remote:trust', { attemptId: sid, fingerprint256: 'AA:BB', remember: 'once' }],
    ['trust "forever"', 'remote:trust', { attemptId: sid, fingerprint256: 'AA:'.repeat(31) + 'AA', remember: 'forever' }],
    ['disconnect without id', 'remote:disconnect', {}],
  ])('refuses %s with INVALID_ARGUMENT', async (_label, channel, payload) => {
    const result = await dispatch(channel, payload, context);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(rec.manager.size).toBe(0);
  });

  it('connects and lists with answers that match the contract', async () => {
    const connected = await dispatch('remote:connect', good(), context);
    expect(connected).toMatchObject({ ok: true, value: { status: 'connected', path: '/' } });
    const sessionId = connected.ok ? (connected.value as { sessionId: string }).sessionId : '';
    const listing = await dispatch('remote:list', { sessionId }, context);
    expect(listing).toMatchObject({ ok: true, value: { path: '/', parent: null } });
    expect(JSON.stringify(listing)).toContain('index.html');
    expect(await dispatch('remote:mkdir', { sessionId, path: '/ipc' }, context)).toEqual({ ok: true, value: { path: '/ipc' } });
    expect(await dispatch('remote:chmod', { sessionId, path: '/ipc', mode: '0755' }, context)).toEqual({ ok: true, value: {} });
    expect(await dispatch('remote:rmdir', { sessionId, path: '/ipc' }, context)).toEqual({ ok: true, value: {} });
    expect(await dispatch('remote:disconnect', { sessionId }, context)).toEqual({ ok: true, value: {} });
    expect(JSON.stringify([connected, listing])).not.toContain(server.password);
  });

  it('closes the sessions of a renderer that goes away', async () => {
    const controller = new AbortController();
    const result = await dispatch('remote:connect', good(), { clientId: 'leaving', signal: controller.signal });
    expect(result.ok).toBe(true);
    expect(rec.manager.size).toBe(1);
    controller.abort();
    await eventually(() => rec.manager.size === 0);
  });

  it('does not keep a session whose renderer left while it was connecting', async () => {
    const controller = new AbortController();
    const pending = dispatch('remote:connect', good(), { clientId: 'left-early', signal: controller.signal });
    controller.abort();
    expect((await pending).ok).toBe(true);
    expect(rec.manager.size).toBe(0);
  });
});

describe('remote channels over the web shell WebSocket', () => {
  let shell: WebShell;
  let dir: string;
  let proxy: TcpProxy;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ferry-remote-ws-'));
    await mkdir(join(dir, 'static'));
    await writeFile(join(dir, 'static', 'index.html'), '<!doctype html><title>t</title>');
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'ferry', version: '1.0.0' }));
    shell = await startWebShell({ staticDir: join(dir, 'static'), homeDir: dir, packageJsonPath: join(dir, 'package.json') });
    proxy = await startTcpProxy(server.port);
  });
  afterAll(async () => {
    await shell?.close();
    await proxy?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('connects and lists over the socket, streams state and log events without the password, and closes sessions on shutdown', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${shell.port}${webShellSocketPath}?token=${shell.token}`, { headers: { Origin: `http://127.0.0.1:${shell.port}` } });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const frames: ServerMessage[] = [];
    const raw: string[] = [];
    ws.on('message', (data) => {
      raw.push(String(data));
      frames.push(JSON.parse(String(data)) as ServerMessage);
    });
    ws.send(JSON.stringify({ type: 'ready' }));
    const answer = async (id: number): Promise<ServerMessage> => {
      await eventually(() => frames.some((f) => f.type === 'result' && f.id === id), 10_000);
      return frames.find((f) => f.type === 'result' && f.id === id) as ServerMessage;
    };
    const payload = { host: server.host, port: proxy.port, protocol: 'ftp', user: server.user, password: server.password };
    ws.send(JSON.stringify({ type: 'invoke', id: 1, channel: 'remote:connect', payload }));
    const connected = await answer(1);
    expect(connected).toMatchObject({ result: { ok: true, value: { status: 'connected', path: '/' } } });
    const sessionId = connected.type === 'result' && connected.result.ok ? (connected.result.value as { sessionId: string }).sessionId : '';
    ws.send(JSON.stringify({ type: 'invoke', id: 2, channel: 'remote:list', payload: { sessionId, path: '/' } }));
    const listing = await answer(2);
    expect(listing).toMatchObject({ result: { ok: true, value: { path: '/' } } });
    expect(JSON.stringify(listing)).toContain('index.html');
    await eventually(() => frames.some((f) => f.type === 'event' && f.event === 'log:line' && JSON.stringify(f.payload).includes('LIST')));
    const events = frames.filter((f) => f.type === 'event');
    expect(events).toContainEqual({ type: 'event', event: 'remote:state', payload: { sessionId, state: 'connected' } });
    expect(events.some((f) => f.type === 'event' && f.event === 'log:line' && (f.payload as { sessionId?: string }).sessionId === sessionId)).toBe(true);
    expect(raw.join('\n')).not.toContain(server.password);
    expect(raw.join('\n')).toContain('PASS ****');
    expect(proxy.open).toBe(1);
    await shell.close();
    await eventually(() => proxy.open === 0);
    ws.close();
  });
});
