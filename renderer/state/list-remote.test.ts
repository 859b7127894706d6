import { describe, expect, it, vi } from 'vitest';
import type { EventChannel } from '../../shared/ipc-channels.js';
import type { FerryBridge } from '../../shared/ipc-contract.js';
import type { RemoteEntry } from '../../shared/remote-entry.js';
import type { RemoteListProgressEvent } from '../../shared/remote-list-progress.js';
import { packRemoteListing, type PackedRemoteListing } from '../../shared/remote-listing-wire.js';
import { remoteListRequestSchema } from '../../shared/remote-session.js';
import type { Result } from '../../shared/result.js';
import { applyListProgress, listRemote, nextListRequestId, previewToShow, type RemoteListingPreview } from './list-remote.js';

const entry = (name: string): RemoteEntry => ({
  name,
  kind: 'file',
  size: 0,
  modified: null,
  permissions: null,
  mode: null,
  owner: null,
  group: null,
  linkTarget: null,
  hidden: false,
});
const packed = (path: string, names: string[]): PackedRemoteListing => packRemoteListing({ path, parent: '/', entries: names.map(entry) });
const key = { sessionId: 's1', requestId: 'r1' };
const withPreview: RemoteListProgressEvent = { ...key, path: '/big', count: 2000, preview: packed('/big', ['a', 'b']) };

describe('applyListProgress', () => {
  it('turns the first preview into a preview that is not a listing', () => {
    const preview = applyListProgress(null, withPreview, key);
    expect(preview).toEqual({ complete: false, path: '/big', parent: '/', firstEntries: [entry('a'), entry('b')], countSoFar: 2000 });
    expect(preview).not.toHaveProperty('entries');
  });

  it('takes later counts and keeps the same first entries', () => {
    const preview = applyListProgress(null, withPreview, key)!;
    const later = applyListProgress(preview, { ...key, path: '/big', count: 9000 }, key)!;
    expect(later.countSoFar).toBe(9000);
    expect(later.firstEntries).toBe(preview.firstEntries);
    expect(applyListProgress(later, { ...key, count: 9000 }, key)).toBe(later);
    // One preview per call: a second one changes nothing but the count.
    expect(applyListProgress(later, { ...withPreview, count: 9500, preview: packed('/big', ['z']) }, key)?.firstEntries).toBe(preview.firstEntries);
  });

  it.each<[string, RemoteListProgressEvent]>([
    ['another request', { ...withPreview, requestId: 'r0' }],
    ['another session', { ...withPreview, sessionId: 's2' }],
  ])('ignores the events of %s', (_label, event) => {
    expect(applyListProgress(null, event, key)).toBeNull();
    const mine = applyListProgress(null, withPreview, key);
    expect(applyListProgress(mine, { ...event, preview: undefined, count: 50_000 }, key)).toBe(mine);
  });

  it('shows nothing for counts before a preview', () => {
    expect(applyListProgress(null, { ...key, count: 4000 }, key)).toBeNull();
  });
});

describe('previewToShow', () => {
  it('shows a preview of another folder, but not of the one on screen (a refresh keeps its whole listing)', () => {
    const preview = applyListProgress(null, withPreview, key);
    expect(previewToShow(preview, null)).toBe(preview);
    expect(previewToShow(preview, { path: '/' })).toBe(preview);
    expect(previewToShow(preview, { path: '/big' })).toBeNull();
    expect(previewToShow(null, { path: '/' })).toBeNull();
  });
});

/** A bridge whose `remote:list` answers when the test says, and whose events the test emits. */
function fakeBridge() {
  const listeners = new Set<(payload: RemoteListProgressEvent) => void>();
  const requests: unknown[] = [];
  let answer: (result: Result<PackedRemoteListing>) => void = () => undefined;
  const bridge = {
    invoke: vi.fn((channel: string, payload: unknown) => {
      expect(channel).toBe('remote:list');
      requests.push(payload);
      return new Promise<Result<PackedRemoteListing>>((resolve) => (answer = resolve));
    }),
    on: (event: EventChannel, listener: (payload: RemoteListProgressEvent) => void) => {
      expect(event).toBe('remote:list-progress');
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready: () => undefined,
  } as unknown as FerryBridge;
  return {
    bridge,
    requests,
    listeners,
    emit: (event: RemoteListProgressEvent) => listeners.forEach((listener) => listener(event)),
    answer: (result: Result<PackedRemoteListing>) => answer(result),
  };
}

describe('listRemote with a preview', () => {
  it('names its call, hands on only its own previews, and stops listening once answered', async () => {
    const fake = fakeBridge();
    const previews: RemoteListingPreview[] = [];
    const pending = listRemote(fake.bridge, { sessionId: 's1', path: '/big' }, (preview) => previews.push(preview));
    const request = remoteListRequestSchema.parse(fake.requests[0]);
    expect(request).toMatchObject({ sessionId: 's1', path: '/big' });
    const mine = { sessionId: 's1', requestId: request.requestId! };
    fake.emit({ ...withPreview, requestId: `${mine.requestId}x` });
    expect(previews).toEqual([]);
    fake.emit({ ...withPreview, ...mine });
    fake.emit({ ...mine, count: 5000 });
    expect(previews.map((preview) => preview.countSoFar)).toEqual([2000, 5000]);
    fake.answer({ ok: true, value: packed('/big', ['a', 'b', 'c']) });
    const result = await pending;
    expect(result).toMatchObject({ ok: true, value: { path: '/big', entries: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] } });
    expect(fake.listeners.size).toBe(0);
    fake.emit({ ...mine, count: 6000 });
    expect(previews).toHaveLength(2);
  });

  it('gives two calls different ids, and none without onPreview', async () => {
    expect(nextListRequestId()).not.toBe(nextListRequestId());
    const fake = fakeBridge();
    const pending = listRemote(fake.bridge, { sessionId: 's1' });
    expect(fake.requests[0]).toEqual({ sessionId: 's1' });
    expect(fake.listeners.size).toBe(0);
    fake.answer({ ok: false, error: { code: 'FTP_CLOSED', message: 'gone' } });
    expect(await pending).toEqual({ ok: false, error: { code: 'FTP_CLOSED', message: 'gone' } });
  });
});
