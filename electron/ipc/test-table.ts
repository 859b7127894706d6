import { ok } from '../../shared/result.js';
import { createMissingSitesHandlers } from '../services/sites-handlers.js';
import { createMissingTransferHandlers } from '../transfers/transfer-handlers.js';
import { createMissingPublishHandlers } from '../publish/publish-handlers.js';
import type { HandlerContext, HandlerTable } from './handler-table.js';

/** A complete handler table for tests, with fixed answers and one hook to override per test. */
export function fakeHandlerTable(overrides: Partial<HandlerTable> = {}): HandlerTable {
  return {
    'app:info': async () => ok({ name: 'Ferry', version: '1.2.3', platform: 'linux', shell: 'web' }),
    'local:list': async ({ path }) => ok({ path: path ?? '/home/u', parent: null, entries: [] }),
    'local:mkdir': async ({ folder, name }) => ok({ path: `${folder}/${name}` }),
    'local:rename': async ({ path, name }) => ok({ path: `${path}/../${name}` }),
    'local:delete': async () => ok({}),
    'local:chmod': async () => ok({}),
    'remote:connect': async () => ok({ status: 'connected', sessionId: 's1', path: '/', secure: false, welcome: '220 hi' }),
    'remote:trust': async () => ok({ status: 'connected', sessionId: 's1', path: '/', secure: true, welcome: '220 hi' }),
    'remote:disconnect': async () => ok({}),
    'remote:list': async ({ path }) => ok({ path: path ?? '/', parent: null, strings: [], rows: [] }),
    'remote:mkdir': async ({ path }) => ok({ path }),
    'remote:rename': async () => ok({}),
    'remote:delete': async () => ok({}),
    'remote:rmdir': async () => ok({}),
    'remote:chmod': async () => ok({}),
    // The site channels answer "not available"; site tests use the real handlers (services/sites-handlers.test.ts).
    ...createMissingSitesHandlers(),
    ...createMissingTransferHandlers(),
    ...createMissingPublishHandlers(),
    ...overrides,
  };
}

/** A context for calls made outside any transport. */
export function testContext(): HandlerContext {
  return { clientId: 'test', signal: new AbortController().signal };
}
