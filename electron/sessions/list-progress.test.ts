import { describe, expect, it } from 'vitest';
import type { RemoteEntry } from '../../shared/remote-entry.js';
import type { RemoteListProgressEvent } from '../../shared/remote-list-progress.js';
import { remoteListProgressEventSchema } from '../../shared/remote-list-progress.js';
import { unpackRemoteListing } from '../../shared/remote-listing-wire.js';
import type { ListBatch } from './browse-session.js';
import { createListProgressReporter } from './list-progress.js';

const entry = (name: string): RemoteEntry => ({
  name,
  kind: 'file',
  size: 1,
  modified: null,
  permissions: 'rw-r--r--',
  mode: 0o644,
  owner: 'ann',
  group: 'www',
  linkTarget: null,
  hidden: false,
});

/** Cuts `total` entries named e0… into batches of `size`, as BrowseSession.list reports them. */
function batches(total: number, size: number): ListBatch[] {
  const out: ListBatch[] = [];
  for (let start = 0; start < total; start += size) {
    const entries = Array.from({ length: Math.min(size, total - start) }, (_, i) => entry(`e${start + i}`));
    out.push({ path: '/big', parent: '/', entries, countSoFar: start + entries.length });
  }
  return out;
}

function reporter(clock: { t: number }) {
  const sent: RemoteListProgressEvent[] = [];
  const report = createListProgressReporter({ sessionId: 's1', requestId: 'r7', send: (event) => sent.push(event), now: () => clock.t });
  return { sent, report };
}

describe('createListProgressReporter', () => {
  it('sends one preview of the first batch once a second arrives, then counts at most every 200 ms', () => {
    const clock = { t: 1000 };
    const { sent, report } = reporter(clock);
    const all = batches(10_000, 1000);
    report(all[0]!);
    expect(sent).toEqual([]);
    report(all[1]!);
    expect(sent).toHaveLength(1);
    const first = sent[0]!;
    expect(remoteListProgressEventSchema.parse(first)).toEqual(first);
    expect(first).toMatchObject({ sessionId: 's1', requestId: 'r7', path: '/big', count: 2000 });
    expect(unpackRemoteListing(first.preview!)).toEqual({ path: '/big', parent: '/', entries: all[0]!.entries });
    // Batches 3..10 arrive 50 ms apart: 400 ms in all, so two counts (at +200 and +400), never a second preview.
    for (const batch of all.slice(2)) {
      clock.t += 50;
      report(batch);
    }
    expect(sent.slice(1)).toEqual([
      { sessionId: 's1', requestId: 'r7', path: '/big', count: 6000 },
      { sessionId: 's1', requestId: 'r7', path: '/big', count: 10_000 },
    ]);
  });

  it('sends nothing for a folder that fits in one batch', () => {
    const { sent, report } = reporter({ t: 0 });
    report(batches(999, 1000)[0]!);
    expect(sent).toEqual([]);
  });

  it('after a reconnect (counting from the start again) keeps its one preview', () => {
    const clock = { t: 0 };
    const { sent, report } = reporter(clock);
    const all = batches(3000, 1000);
    report(all[0]!);
    report(all[1]!);
    clock.t += 500;
    report(all[0]!);
    report(all[1]!);
    expect(sent.filter((event) => event.preview !== undefined)).toHaveLength(1);
    expect(sent.map((event) => event.count)).toEqual([2000, 2000]);
  });

  it('never fails the listing when sending throws', () => {
    const errors: unknown[] = [];
    const report = createListProgressReporter({
      sessionId: 's1',
      requestId: 'r7',
      send: () => {
        throw new Error('renderer gone');
      },
      onSendError: (error) => errors.push(error),
    });
    const all = batches(2000, 1000);
    expect(() => all.forEach(report)).not.toThrow();
    expect(errors).toHaveLength(1);
  });
});
