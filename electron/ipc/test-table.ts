import { ok } from '../../shared/result.js';
import type { HandlerContext, HandlerTable } from './handler-table.js';

/** A complete handler table for tests, with fixed answers and one hook to override per test. */
export function fakeHandlerTable(overrides: Partial<HandlerTable> = {}): HandlerTable {
  return {
    'app:info': async () => ok({ name: 'Ferry', version: '1.2.3', platform: 'linux', shell: 'web' }),
    'local:list': async ({ path }) => ok({ path: path ?? '/home/u', parent: null, entries: [] }),
    ...overrides,
  };
}

/** A context for calls made outside any transport. */
export function testContext(): HandlerContext {
  return { clientId: 'test', signal: new AbortController().signal };
}
