import { describe, expect, it, vi } from 'vitest';
import type { ClientMessage, ServerMessage } from '../../shared/web-shell-protocol.js';
import { createWebSocketBridge, type SocketCallbacks, type SocketFactory } from './web-socket-bridge.js';

/** A socket the test drives by hand: it records what the bridge sent and plays the server's part. */
function fakeServer() {
  const sent: ClientMessage[] = [];
  let callbacks: SocketCallbacks | undefined;
  const urls: string[] = [];
  const factory: SocketFactory = (url, cb) => {
    urls.push(url);
    callbacks = cb;
    return { send: (data) => void sent.push(JSON.parse(data) as ClientMessage), close: () => cb.onClose() };
  };
  const server = {
    sent,
    urls,
    open: () => callbacks?.onOpen(),
    reply: (message: ServerMessage) => callbacks?.onMessage(JSON.stringify(message)),
    raw: (data: string) => callbacks?.onMessage(data),
    drop: () => callbacks?.onClose(),
  };
  return { factory, server };
}

describe('createWebSocketBridge', () => {
  it('connects on first use, queues calls until open and correlates answers by id', async () => {
    const { factory, server } = fakeServer();
    const bridge = createWebSocketBridge('ws://h/ipc?token=t', factory);
    expect(server.urls).toEqual([]);
    const info = bridge.invoke('app:info', {});
    const list = bridge.invoke('local:list', { path: '/x' });
    expect(server.urls).toEqual(['ws://h/ipc?token=t']);
    expect(server.sent).toEqual([]);
    server.open();
    expect(server.sent).toEqual([
      { type: 'invoke', id: 1, channel: 'app:info', payload: {} },
      { type: 'invoke', id: 2, channel: 'local:list', payload: { path: '/x' } },
    ]);
    const listing = { path: '/x', parent: '/', entries: [] };
    server.reply({ type: 'result', id: 2, result: { ok: true, value: listing } });
    server.reply({ type: 'result', id: 1, result: { ok: false, error: { code: 'INTERNAL', message: 'm' } } });
    expect(await list).toEqual({ ok: true, value: listing });
    expect(await info).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'm' } });
  });

  it('delivers events to listeners until they unsubscribe, ignoring garbage', () => {
    const { factory, server } = fakeServer();
    const bridge = createWebSocketBridge('ws://h/ipc?token=t', factory);
    const listener = vi.fn();
    const off = bridge.on('log:line', listener);
    bridge.ready();
    server.open();
    expect(server.sent).toEqual([{ type: 'ready' }]);
    const payload = { time: 1, level: 'status', text: 'hi' };
    server.reply({ type: 'event', event: 'log:line', payload });
    server.raw('{not json');
    server.reply({ type: 'event', event: 'other', payload: 1 });
    off();
    server.reply({ type: 'event', event: 'log:line', payload });
    expect(listener.mock.calls).toEqual([[payload]]);
  });

  it('fails pending and later calls as connection lost when the socket closes', async () => {
    const { factory, server } = fakeServer();
    const bridge = createWebSocketBridge('ws://h/ipc?token=t', factory);
    const pending = bridge.invoke('app:info', {});
    server.open();
    server.drop();
    const lost = { ok: false, error: { code: 'INTERNAL', message: 'Connection to Ferry lost' } };
    expect(await pending).toEqual(lost);
    expect(await bridge.invoke('app:info', {})).toEqual(lost);
  });

  it('fails without a token, never opening a socket', async () => {
    const { factory, server } = fakeServer();
    const result = await createWebSocketBridge(null, factory).invoke('app:info', {});
    expect(result.ok ? 'ok' : result.error.code).toBe('INTERNAL');
    expect(server.urls).toEqual([]);
  });

  it('offers no pathForFile: a browser cannot reveal local paths, so OS drops need the desktop app', () => {
    const { factory } = fakeServer();
    expect('pathForFile' in createWebSocketBridge('ws://h/ipc?token=t', factory)).toBe(false);
  });
});
