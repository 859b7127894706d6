import { request } from 'node:http';
import { connect } from 'node:net';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { webShellSocketPath, type ServerMessage } from '../../shared/web-shell-protocol.js';
import { startWebShell, type WebShell } from './start-web-shell.js';

let shell: WebShell;
let dir: string;
let home: string;
let origin: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ferry-web-shell-'));
  const staticDir = join(dir, 'static');
  home = join(dir, 'home');
  await mkdir(join(staticDir, 'assets'), { recursive: true });
  await mkdir(join(home, 'site'), { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>fake ferry</title>');
  await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(staticDir, 'assets', 'app.css'), 'body{}');
  await writeFile(join(dir, 'secret.txt'), 'top secret');
  await symlink(join(dir, 'secret.txt'), join(staticDir, 'escape.txt'));
  await writeFile(join(home, 'notes.txt'), 'hello');
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'ferry', productName: 'Ferry', version: '7.7.7' }));
  shell = await startWebShell({ port: 0, staticDir, homeDir: home, packageJsonPath: join(dir, 'package.json') });
  origin = `http://127.0.0.1:${shell.port}`;
});

afterAll(async () => {
  await shell.close();
  await rm(dir, { recursive: true, force: true });
});

/** Opens a socket and resolves with it once open, or with the HTTP status of the refused upgrade. */
function open(query: string, headers: Record<string, string> = { Origin: origin }): Promise<WebSocket | number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${shell.port}${webShellSocketPath}${query}`, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', reject);
  });
}

async function openOk(): Promise<WebSocket> {
  const ws = await open(`?token=${shell.token}`);
  if (typeof ws === 'number') throw new Error(`refused with ${ws}`);
  return ws;
}

function nextMessage(ws: WebSocket): Promise<ServerMessage> {
  return new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)) as ServerMessage)));
}

async function call(ws: WebSocket, frame: unknown): Promise<ServerMessage> {
  const answer = nextMessage(ws);
  ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  return answer;
}

function get(path: string, host = `127.0.0.1:${shell.port}`): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    // A raw path, so `..` reaches the server unnormalised, as a hostile client would send it.
    const req = request({ host: '127.0.0.1', port: shell.port, path, headers: { Host: host } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('web shell WebSocket gate', () => {
  it.each([
    ['no token', '', { Origin: () => origin }, 401],
    ['an empty token', '?token=', { Origin: () => origin }, 401],
    ['a wrong token', '?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', { Origin: () => origin }, 401],
    ['a foreign Origin', 'TOKEN', { Origin: () => 'http://evil.example' }, 403],
    ['localhost instead of 127.0.0.1', 'TOKEN', { Origin: () => `http://localhost:${shell.port}` }, 403],
    ['no Origin at all', 'TOKEN', {}, 403],
  ])('refuses %s', async (_label, query, headerFns, status) => {
    const headers = Object.fromEntries(Object.entries(headerFns).map(([k, f]) => [k, f()]));
    const result = await open(query === 'TOKEN' ? `?token=${shell.token}` : query, headers);
    expect(result).toBe(status);
  });

  it('refuses a wrong path even with the token', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${shell.port}/other?token=${shell.token}`, { headers: { Origin: origin } });
    const status = await new Promise((resolve) => ws.once('unexpected-response', (_q, res) => resolve(res.statusCode)));
    expect(status).toBe(404);
  });
});

describe('web shell IPC', () => {
  it('answers app:info', async () => {
    const ws = await openOk();
    expect(await call(ws, { type: 'invoke', id: 1, channel: 'app:info', payload: {} })).toEqual({
      type: 'result',
      id: 1,
      result: { ok: true, value: { name: 'Ferry', version: '7.7.7', platform: process.platform, shell: 'web' } },
    });
    ws.close();
  });

  it('lists the home folder by default and a given folder', async () => {
    const ws = await openOk();
    const home1 = await call(ws, { type: 'invoke', id: 2, channel: 'local:list', payload: {} });
    expect(home1).toMatchObject({ id: 2, result: { ok: true, value: { path: home } } });
    const names = home1.type === 'result' && home1.result.ok ? (home1.result.value as { entries: { name: string }[] }).entries.map((e) => e.name) : [];
    expect(names).toEqual(['notes.txt', 'site']);
    const missing = await call(ws, { type: 'invoke', id: 3, channel: 'local:list', payload: { path: join(home, 'nope') } });
    expect(missing).toMatchObject({ id: 3, result: { ok: false, error: { code: 'NOT_FOUND' } } });
    ws.close();
  });

  it.each([
    ['a bad payload', { type: 'invoke', id: 4, channel: 'local:list', payload: { path: 5 } }, 'INVALID_ARGUMENT'],
    ['an unknown channel', { type: 'invoke', id: 5, channel: 'fs:rm', payload: {} }, 'UNKNOWN_CHANNEL'],
    ['an unknown frame key', { type: 'invoke', id: 6, channel: 'app:info', payload: {}, extra: 1 }, 'INVALID_ARGUMENT'],
    ['a string id-less type', { type: 'nonsense', id: 7 }, 'INVALID_ARGUMENT'],
  ])('answers %s with an error result', async (_label, frame, code) => {
    const ws = await openOk();
    expect(await call(ws, frame)).toMatchObject({ type: 'result', id: frame.id, result: { ok: false, error: { code } } });
    ws.close();
  });

  it('survives garbage frames and keeps serving the connection', async () => {
    const ws = await openOk();
    ws.send('not json');
    ws.send(JSON.stringify({ type: 'invoke', id: 'x' }));
    ws.send(Buffer.from([1, 2, 3]), { binary: true });
    ws.send('null');
    expect(await call(ws, { type: 'invoke', id: 8, channel: 'app:info', payload: {} })).toMatchObject({ id: 8, result: { ok: true } });
    ws.close();
  });

  it('queues events until the client says ready', async () => {
    const ws = await openOk();
    const received: ServerMessage[] = [];
    ws.on('message', (data) => received.push(JSON.parse(String(data)) as ServerMessage));
    // Make sure the server registered the client before emitting.
    await call(ws, { type: 'invoke', id: 9, channel: 'app:info', payload: {} });
    shell.events.emit('log:line', { time: 1, level: 'status', text: 'queued' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received.filter((m) => m.type === 'event')).toEqual([]);
    const event = nextMessage(ws);
    ws.send(JSON.stringify({ type: 'ready' }));
    expect(await event).toEqual({ type: 'event', event: 'log:line', payload: { time: 1, level: 'status', text: 'queued' } });
    ws.close();
  });
});

describe('web shell HTTP', () => {
  it('binds 127.0.0.1 only', async () => {
    const viaV6 = await new Promise<string>((resolve) => {
      const socket = connect({ host: '::1', port: shell.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(viaV6).not.toBe('connected');
    expect(shell.url).toBe(`http://127.0.0.1:${shell.port}/?token=${shell.token}`);
    expect(shell.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('serves index.html with the CSP and nosniff', async () => {
    const res = await get(`/?token=${shell.token}`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('fake ferry');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe(
      `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; ` +
        `connect-src 'self' ws://127.0.0.1:${shell.port}; object-src 'none'; base-uri 'none'; ` +
        `frame-ancestors 'none'; form-action 'none'`,
    );
  });

  it.each([
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/app.css', 'text/css; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const res = await get(path);
    expect([res.status, res.headers['content-type']]).toEqual([200, type]);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/..\\secret.txt',
    '/escape.txt',
    '/%00',
    '/%E0%A4%A',
    '/assets',
    '/missing.js',
  ])('refuses %s', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('top secret');
  });

  it('refuses another Host name (DNS rebinding)', async () => {
    expect((await get('/', `evil.example:${shell.port}`)).status).toBe(421);
  });
});
