import { appError } from '../../shared/errors.js';
import type { EventOf } from '../../shared/ipc-contract.js';
import type { EventChannel } from '../../shared/ipc-channels.js';
import type { publishContract } from '../../shared/publish-ipc.js';
import { fail, ok } from '../../shared/result.js';
import type { Handler } from '../ipc/handler-table.js';
import { toAppError } from '../sessions/error-mapping.js';
import type { PublishService, PublishServiceDeps } from './publish-service.js';

/** The `publish:*` invoke channels. */
export type PublishChannel = keyof typeof publishContract;

/** The handlers of the `publish:*` channels, for createHandlers to spread into its table. */
export type PublishHandlers = { readonly [C in PublishChannel]: Handler<C> };

/** What the handlers use of the service (a PublishService, or a stand-in in tests). */
export type PublishActions = Pick<PublishService, 'plan' | 'apply' | 'cancel'>;

/** Binds the publish channels to the service. Payloads arrive validated against shared/publish-ipc.ts. */
export function createPublishHandlers(service: PublishActions): PublishHandlers {
  return {
    'publish:plan': async (request) => {
      try {
        return ok(await service.plan(request));
      } catch (error) {
        return fail(toAppError(error, { phase: 'connect' }));
      }
    },
    'publish:apply': async ({ planId, parallel }) => {
      try {
        const summary = await service.apply(planId, parallel);
        if (summary === undefined) return fail(appError('NOT_FOUND', 'That publish plan is gone or already running: compare again.'));
        return ok({ planId, summary });
      } catch (error) {
        return fail(toAppError(error, { phase: 'command' }));
      }
    },
    'publish:cancel': async ({ planId }) => ok({ cancelled: await service.cancel(planId) }),
  };
}

/** For shells without publishing: every publish channel answers INTERNAL instead of being missing. */
export function createMissingPublishHandlers(): PublishHandlers {
  const missing = async () => fail(appError('INTERNAL', 'Publishing is not available in this window.'));
  return { 'publish:plan': missing, 'publish:apply': missing, 'publish:cancel': missing };
}

/** Where publish events go: an EventHub's `emit`. */
export type EmitPublishEvent = <E extends EventChannel>(event: E, payload: EventOf<E>) => unknown;

// Progress arrives per file; the window needs at most ten updates a second.
const progressIntervalMs = 100;

/** The service's event callbacks, sent to the renderer(s) as `publish:progress` (throttled) and `publish:summary`. */
export function publishEvents(emit: EmitPublishEvent, now: () => number = Date.now): Pick<PublishServiceDeps, 'onProgress' | 'onSummary'> {
  let last = -Infinity;
  return {
    onProgress: (planId, progress) => {
      const time = now();
      if (progress.phase !== 'done' && time - last < progressIntervalMs) return;
      last = time;
      emit('publish:progress', { planId, ...progress });
    },
    onSummary: (planId, summary) => void emit('publish:summary', { planId, summary }),
  };
}
