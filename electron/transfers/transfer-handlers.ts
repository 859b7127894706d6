import { appError } from '../../shared/errors.js';
import type { EventChannel } from '../../shared/ipc-channels.js';
import type { EventOf } from '../../shared/ipc-contract.js';
import { fail, ok, type Result } from '../../shared/result.js';
import { transfersContract } from '../../shared/transfer-ipc.js';
import type { Handler } from '../ipc/handler-table.js';
import type { TransferQueue } from './transfer-queue.js';

/** The `transfers:*` invoke channels. */
export type TransferChannel = keyof typeof transfersContract;

/** The handlers of the `transfers:*` channels, for createHandlers to spread into its table. */
export type TransferHandlers = { readonly [C in TransferChannel]: Handler<C> };

/** What the handlers use of the queue (a TransferQueue, or a stand-in in tests). */
export type TransferService = Pick<
  TransferQueue,
  'enqueue' | 'list' | 'getPolicy' | 'setPolicy' | 'pause' | 'resume' | 'cancel' | 'retry' | 'clearFinished' | 'answer'
>;

async function guarded<T>(work: () => T): Promise<Result<T>> {
  try {
    return ok(work());
  } catch (error) {
    return fail(appError('INTERNAL', 'The transfer queue could not do that.', error instanceof Error ? error.message : String(error)));
  }
}

/** Binds the transfer channels to the queue. Payloads arrive validated against shared/transfer-ipc.ts. */
export function createTransferHandlers(queue: TransferService): TransferHandlers {
  return {
    'transfers:enqueue': ({ requests }) => guarded(() => ({ jobs: queue.enqueue(requests) })),
    'transfers:list': () => guarded(() => ({ jobs: queue.list(), policy: queue.getPolicy() })),
    'transfers:pause': ({ ids }) => guarded(() => ({ count: queue.pause(ids) })),
    'transfers:resume': ({ ids }) => guarded(() => ({ count: queue.resume(ids) })),
    'transfers:cancel': ({ ids }) => guarded(() => ({ count: queue.cancel(ids) })),
    'transfers:retry': ({ ids }) => guarded(() => ({ count: queue.retry(ids) })),
    'transfers:clear-finished': () => guarded(() => ({ count: queue.clearFinished() })),
    'transfers:set-policy': ({ policy }) => guarded(() => queue.setPolicy(policy)),
    'transfers:answer': async ({ jobId, decision, applyToAll }) => {
      const answered = await guarded(() => queue.answer(jobId, decision, applyToAll));
      if (answered.ok && answered.value === 0) return fail(appError('NOT_FOUND', 'That transfer is not waiting for an answer.'));
      return answered.ok ? ok({ answered: answered.value }) : answered;
    },
  };
}

/** For shells without a queue: every transfer channel answers INTERNAL instead of being missing. */
export function createMissingTransferHandlers(): TransferHandlers {
  const missing = async () => fail(appError('INTERNAL', 'Transfers are not available in this window.'));
  return Object.fromEntries(Object.keys(transfersContract).map((channel) => [channel, missing])) as unknown as TransferHandlers;
}

/** Where queue events go: an EventHub's `emit`. */
export type EmitEvent = <E extends EventChannel>(event: E, payload: EventOf<E>) => unknown;

/** Forwards the queue's throttled events to the renderer(s); returns a function that stops forwarding. */
export function forwardTransferEvents(queue: TransferQueue, emit: EmitEvent): () => void {
  const onJobs = (payload: EventOf<'transfers:jobs'>): void => void emit('transfers:jobs', payload);
  const onProgress = (payload: EventOf<'transfers:progress'>): void => void emit('transfers:progress', payload);
  const onQuestion = (payload: EventOf<'transfers:question'>): void => void emit('transfers:question', payload);
  queue.on('jobs', onJobs);
  queue.on('progress', onProgress);
  queue.on('question', onQuestion);
  return () => {
    queue.off('jobs', onJobs);
    queue.off('progress', onProgress);
    queue.off('question', onQuestion);
  };
}
