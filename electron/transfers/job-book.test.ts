import { describe, expect, it } from 'vitest';
import type { JobState, TransferJob } from '../../shared/transfer.js';
import { JobBook } from './job-book.js';
import { parentState } from './job-tree.js';

type Step = readonly [item: number, change: JobState | { bytes: number; size?: number }];

/** What the folder must show: recomputed from its items from scratch, as JobBook did before it kept totals. */
function expected(items: readonly TransferJob[]): Pick<TransferJob, 'state' | 'bytesDone' | 'size' | 'error'> {
  const { state, error } = parentState(items);
  return { state, error, bytesDone: items.reduce((s, i) => s + i.bytesDone, 0), size: items.reduce((s, i) => s + (i.size ?? 0), 0) };
}

function folderWithItems(count: number): { book: JobBook; folder: TransferJob; items: TransferJob[] } {
  const book = new JobBook(() => undefined, () => undefined);
  const folder = book.add({ siteId: 's', kind: 'download', folder: true, remotePath: '/f', localPath: '/tmp/f', priority: 0, state: 'active' });
  book.expand(
    folder,
    Array.from({ length: count }, (_, i) => ({ remotePath: `/f/${i}`, localPath: `/tmp/f/${i}`, size: i === 0 ? undefined : 100 * i })),
  );
  const items = [...book.all()].filter((job) => job.parentId === folder.id);
  return { book, folder, items };
}

const cases: ReadonlyArray<{ name: string; steps: readonly Step[] }> = [
  { name: 'all done', steps: [[0, 'active'], [0, { bytes: 50, size: 50 }], [0, 'done'], [1, 'active'], [1, 'done'], [2, 'active'], [2, { bytes: 300 }], [2, 'done']] },
  { name: 'one fails, others done', steps: [[0, 'active'], [0, 'done'], [1, 'active'], [1, 'failed'], [2, 'active'], [2, 'done']] },
  { name: 'paused and waiting', steps: [[0, 'paused'], [1, 'active'], [1, 'waiting'], [2, 'cancelled']] },
  { name: 'all cancelled', steps: [[0, 'cancelled'], [1, 'cancelled'], [2, 'cancelled']] },
  { name: 'retry after failure', steps: [[1, 'active'], [1, { bytes: 120, size: 200 }], [1, 'failed'], [1, 'queued'], [1, 'active'], [1, { bytes: 200 }], [1, 'done']] },
];

describe('JobBook folder totals', () => {
  it.each(cases)('match a recount of the items after every step: $name', ({ steps }) => {
    const { book, folder, items } = folderWithItems(3);
    expect(folder).toMatchObject(expected(items));
    for (const [index, change] of steps) {
      const item = items[index]!;
      if (typeof change === 'string') book.setState(item, change);
      else {
        book.setBytes(item, change.bytes, change.size);
        // Bytes alone do not refresh the folder (as before): the next state change does.
        book.setState(item, item.state);
      }
      expect(folder).toMatchObject(expected(items));
    }
  });

  it('keeps an item size it already knows when the progress has none', () => {
    const { book, folder, items } = folderWithItems(2);
    book.setBytes(items[1]!, 40);
    book.setState(items[1]!, 'active');
    expect(items[1]!.size).toBe(100);
    expect(folder.size).toBe(100);
    expect(folder.bytesDone).toBe(40);
  });
});
