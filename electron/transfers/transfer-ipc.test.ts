import { afterAll, describe, expect, it } from 'vitest';
import type { EventChannel } from '../../shared/ipc-channels.js';
import { createDispatcher } from '../ipc/dispatch.js';
import { createEventHub } from '../ipc/event-hub.js';
import { fakeHandlerTable, testContext } from '../ipc/test-table.js';
import { fakeSlots, settle } from './testing/fake-slots.js';
import { createTransferHandlers, forwardTransferEvents } from './transfer-handlers.js';
import { TransferQueue } from './transfer-queue.js';

const slots = fakeSlots();
const queue = await TransferQueue.open({
  resolveSite: async () => ({ host: '127.0.0.1', port: 21, user: 'u', password: 'p' }),
  createSlot: slots.factory,
  policy: { connections: 1 },
  eventIntervalMs: 20,
});
const dispatch = createDispatcher(fakeHandlerTable(createTransferHandlers(queue)), { validateResponses: true });
const call = (channel: string, payload: unknown) => dispatch(channel, payload, testContext());
const download = { siteId: 'site-1', kind: 'download', remotePath: '/a.txt', localPath: '/tmp/a.txt' } as const;

describe('transfer channels through the real dispatcher', () => {
  afterAll(() => queue.close());

  it.each<[string, string, unknown]>([
    ['no requests', 'transfers:enqueue', { requests: [] }],
    ['an unknown kind', 'transfers:enqueue', { requests: [{ ...download, kind: 'sync' }] }],
    ['a download without a local path', 'transfers:enqueue', { requests: [{ siteId: 's', kind: 'download', remotePath: '/a' }] }],
    ['an unknown key in a request', 'transfers:enqueue', { requests: [{ ...download, password: 'x' }] }],
    ['a relative local path', 'transfers:enqueue', { requests: [{ ...download, localPath: 'a.txt' }] }],
    ['a line break in a remote path', 'transfers:enqueue', { requests: [{ ...download, remotePath: '/a\r\nDELE /b' }] }],
    ['a priority out of range', 'transfers:enqueue', { requests: [{ ...download, priority: 1000 }] }],
    ['11 connections', 'transfers:set-policy', { policy: { connections: 11 } }],
    ['an unknown policy key', 'transfers:set-policy', { policy: { turbo: true } }],
    ['"ask" as an answer', 'transfers:answer', { jobId: 'j', decision: 'ask' }],
    ['ids that are not strings', 'transfers:pause', { ids: [1] }],
  ])('refuses %s', async (_name, channel, payload) => {
    expect(await call(channel, payload)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('enqueues, lists, pauses, resumes, cancels and clears, answering with counts', async () => {
    const enqueued = await call('transfers:enqueue', { requests: [download, { ...download, remotePath: '/b.txt', localPath: '/tmp/b.txt' }] });
    expect(enqueued).toMatchObject({ ok: true, value: { jobs: [{ remotePath: '/a.txt', folder: false, priority: 0 }, { state: 'queued', remotePath: '/b.txt' }] } });
    await settle();
    expect(await call('transfers:pause', {})).toEqual({ ok: true, value: { count: 2 } });
    await settle();
    expect(await call('transfers:list', {})).toMatchObject({ ok: true, value: { jobs: [{ state: 'paused' }, { state: 'paused' }], policy: { connections: 1 } } });
    expect(await call('transfers:cancel', {})).toEqual({ ok: true, value: { count: 2 } });
    expect(await call('transfers:retry', {})).toEqual({ ok: true, value: { count: 2 } });
    expect(await call('transfers:cancel', {})).toEqual({ ok: true, value: { count: 2 } });
    await settle();
    expect(await call('transfers:clear-finished', {})).toEqual({ ok: true, value: { count: 2 } });
    expect(await call('transfers:set-policy', { policy: { connections: 4, onExists: 'skip' } })).toMatchObject({ ok: true, value: { connections: 4, onExists: 'skip', atomicUploads: true } });
    expect(await call('transfers:answer', { jobId: 'nope', decision: 'skip' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('delivers job, progress and question events that satisfy the contract', async () => {
    const invalid: string[] = [];
    const hub = createEventHub({ onInvalid: (event, message) => invalid.push(`${event}: ${message}`) });
    const received: Array<{ event: EventChannel; payload: unknown }> = [];
    hub.addClient('r', (event, payload) => received.push({ event, payload }));
    hub.markReady('r');
    const stop = forwardTransferEvents(queue, (event, payload) => hub.emit(event, payload));
    queue.setPolicy({ onExists: 'ask', connections: 1 });
    const [job] = queue.enqueue([{ ...download, remotePath: '/q.txt', localPath: '/tmp/q.txt' }]);
    await settle();
    const run = slots.running.find((r) => r.task.type === 'download' && r.task.remotePath === '/q.txt');
    run?.onProgress({ bytes: 5, size: 10 });
    await new Promise((resolve) => setTimeout(resolve, 40));
    run?.finish({ status: 'conflict', target: '/tmp/q.txt', source: { size: 10 }, existing: { size: 3, modified: 1 } });
    await new Promise((resolve) => setTimeout(resolve, 40));
    stop();
    expect(invalid).toEqual([]);
    const events = new Set(received.map((r) => r.event));
    expect([...events].sort()).toEqual(['transfers:jobs', 'transfers:progress', 'transfers:question']);
    expect(received.find((r) => r.event === 'transfers:question')?.payload).toEqual({ jobId: job?.id, kind: 'download', target: '/tmp/q.txt', source: { size: 10 }, existing: { size: 3, modified: 1 } });
    const answered = await call('transfers:answer', { jobId: job?.id, decision: 'skip', applyToAll: true });
    expect(answered).toEqual({ ok: true, value: { answered: 1 } });
  });
});
