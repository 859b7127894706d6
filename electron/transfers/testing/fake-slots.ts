import type { TaskOutcome, TaskProgress, TransferTask } from '../task-types.js';
import type { SlotFactory } from '../transfer-slot.js';

/** A task a fake slot is running, for the test to finish as it likes. */
export interface PendingRun {
  readonly task: TransferTask;
  readonly onProgress: (progress: TaskProgress) => void;
  finish(outcome: TaskOutcome): void;
}

/** Slots that run nothing: each task waits until the test finishes it; cancel makes it `aborted`. */
export function fakeSlots(): { factory: SlotFactory; running: PendingRun[]; created: () => number; cancels: () => number } {
  const running: PendingRun[] = [];
  let created = 0;
  let cancels = 0;
  const factory: SlotFactory = () => {
    created += 1;
    let current: PendingRun | undefined;
    return {
      run(task, onProgress) {
        return new Promise<TaskOutcome>((resolve) => {
          const run: PendingRun = {
            task,
            onProgress,
            finish(outcome) {
              const at = running.indexOf(run);
              if (at >= 0) running.splice(at, 1);
              if (current === run) current = undefined;
              resolve(outcome);
            },
          };
          current = run;
          running.push(run);
        });
      },
      cancel() {
        cancels += 1;
        current?.finish({ status: 'aborted' });
      },
      close: async () => undefined,
    };
  };
  return { factory, running, created: () => created, cancels: () => cancels };
}

/** Lets queued promise callbacks run (the queue starts jobs asynchronously). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
}
