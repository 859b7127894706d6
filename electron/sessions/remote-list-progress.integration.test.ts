import { chown, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventChannel } from '../../shared/ipc-channels.js';
import type { RemoteListProgressEvent } from '../../shared/remote-list-progress.js';
import type { PackedRemoteListing } from '../../shared/remote-listing-wire.js';
import { createDispatcher } from '../ipc/dispatch.js';
import { createEventHub } from '../ipc/event-hub.js';
import { createHandlers } from '../services/create-handlers.js';
import { makeDirectory, startServer, writeFixture, type RunningServer } from '../test-support/ftp-servers/index.js';
import { recordingManager } from './testing/recording-manager.js';

const files = 3500;

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ kind: 'vsftpd', tls: 'plain' });
  const dir = await makeDirectory(server, 'many');
  for (let index = 0; index < files; index += 1) {
    const path = join(dir, `f${String(index).padStart(5, '0')}.txt`);
    await writeFile(path, '');
    await chown(path, server.owner.uid, server.owner.gid);
  }
  await writeFixture(server, 'index.html', '<h1>hi</h1>');
});
afterAll(async () => {
  await server?.stop();
});

describe('remote:list with a requestId streams remote:list-progress to the renderer that asked', () => {
  const rec = recordingManager();
  const hub = createEventHub({ onInvalid: (event, message) => invalid.push(`${event}: ${message}`) });
  const invalid: string[] = [];
  const received = new Map<string, Array<{ event: EventChannel; payload: unknown }>>();
  for (const client of ['asker', 'other']) {
    received.set(client, []);
    hub.addClient(client, (event, payload) => received.get(client)!.push({ event, payload }));
    hub.markReady(client);
  }
  const dispatch = createDispatcher(
    createHandlers({ homeDir: '/', shell: 'web', pkg: { name: 'Ferry', version: '1' }, sessions: rec.manager, events: hub }),
    { validateResponses: true },
  );
  const context = { clientId: 'asker', signal: new AbortController().signal };
  const progressOf = (client: string): RemoteListProgressEvent[] =>
    received
      .get(client)!
      .filter((item) => item.event === 'remote:list-progress')
      .map((item) => item.payload as RemoteListProgressEvent);
  let sessionId = '';

  beforeAll(async () => {
    const connected = await dispatch('remote:connect', { host: server.host, port: server.port, protocol: 'ftp', user: server.user, password: server.password }, context);
    if (!connected.ok || (connected.value as { status: string }).status !== 'connected') throw new Error(JSON.stringify(connected));
    sessionId = (connected.value as { sessionId: string }).sessionId;
  });
  afterAll(() => rec.manager.closeAll());

  it('sends one preview (the first rows of the answer), then only counts, and nothing to other renderers', async () => {
    const result = await dispatch('remote:list', { sessionId, path: '/many', requestId: 'req-1' }, context);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const answer = result.value as PackedRemoteListing;
    expect(answer.rows).toHaveLength(files);
    const events = progressOf('asker');
    expect(events.length).toBeGreaterThanOrEqual(1);
    const [first, ...rest] = events;
    expect(first).toMatchObject({ sessionId, requestId: 'req-1', path: '/many' });
    const preview = first!.preview!;
    expect(preview.path).toBe('/many');
    expect(preview.rows.length).toBeGreaterThan(0);
    expect(preview.rows.length).toBeLessThanOrEqual(1000);
    expect(preview.rows.map((row) => row[0])).toEqual(answer.rows.slice(0, preview.rows.length).map((row) => row[0]));
    expect(first!.count).toBeGreaterThan(preview.rows.length);
    for (const event of rest) {
      expect(event.preview).toBeUndefined();
      expect(event).toMatchObject({ sessionId, requestId: 'req-1' });
    }
    const counts = events.map((event) => event.count);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(Math.max(...counts)).toBeLessThanOrEqual(files);
    expect(progressOf('other')).toEqual([]);
    expect(invalid).toEqual([]);
  });

  it('sends nothing without a requestId, or for a folder that fits in one batch', async () => {
    const before = progressOf('asker').length;
    expect((await dispatch('remote:list', { sessionId, path: '/many' }, context)).ok).toBe(true);
    expect((await dispatch('remote:list', { sessionId, path: '/', requestId: 'req-2' }, context)).ok).toBe(true);
    expect(progressOf('asker')).toHaveLength(before);
  });

  it.each([['a space', 'a b'], ['an empty id', ''], ['an overlong id', 'x'.repeat(33)], ['a number', 7]])(
    'refuses a requestId with %s',
    async (_label, requestId) => {
      expect(await dispatch('remote:list', { sessionId, requestId }, context)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    },
  );
});
