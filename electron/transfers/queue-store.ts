import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { existsDecisionSchema, transferJobSchema, transferPolicySchema } from '../../shared/transfer.js';
import { writeFileAtomic } from '../sites/atomic-write.js';

const snapshotSchema = z.object({
  version: z.literal(1),
  policy: transferPolicySchema,
  applyToAll: existsDecisionSchema.optional(),
  jobs: z.array(transferJobSchema),
});

/** What the queue saves: its policy, the "apply to all" answer, and every job. */
export type QueueSnapshot = z.infer<typeof snapshotSchema>;

/**
 * Saves the queue as `transfers.json` in an injected folder: debounced, and atomically (temp file, fsync,
 * rename, fsync the folder) so a crash leaves the old or the new queue, never a torn one.
 */
export class QueueStore {
  private timer: NodeJS.Timeout | undefined;
  private pending: (() => QueueSnapshot) | undefined;
  private writing: Promise<void> = Promise.resolve();
  readonly path: string;

  constructor(
    private readonly folder: string,
    private readonly debounceMs = 250,
  ) {
    this.path = join(folder, 'transfers.json');
  }

  /** The saved queue, or undefined when there is none. A damaged file is set aside (`.bad`), not thrown on. */
  async load(): Promise<QueueSnapshot | undefined> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      return snapshotSchema.parse(JSON.parse(text));
    } catch {
      await rename(this.path, `${this.path}.bad`).catch(() => undefined);
      return undefined;
    }
  }

  /** Saves soon; later calls within the debounce window replace the snapshot (it is taken when written). */
  schedule(snapshot: () => QueueSnapshot): void {
    this.pending = snapshot;
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush().catch((error: unknown) => console.error('ferry: could not save the transfer queue:', error));
    }, this.debounceMs);
  }

  /** Writes a scheduled snapshot now and waits for every write to land. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const take = this.pending;
    this.pending = undefined;
    if (take !== undefined) {
      const text = JSON.stringify(take());
      this.writing = this.writing.catch(() => undefined).then(async () => {
        await mkdir(this.folder, { recursive: true });
        await writeFileAtomic(this.path, text);
      });
    }
    await this.writing;
  }
}
