import { describe, expect, it } from 'vitest';
import { invokeChannels } from '../../shared/ipc-channels.js';
import { ok } from '../../shared/result.js';
import type { HandlerTable } from './handler-table.js';
import { fakeHandlerTable } from './test-table.js';

describe('HandlerTable', () => {
  it('does not compile without a handler for every channel (checked by tsc -p electron)', () => {
    // @ts-expect-error 'local:list' is missing: a table that forgets a channel must be a compile error.
    const incomplete: HandlerTable = {
      'app:info': async () => ok({ name: 'Ferry', version: '1', platform: 'linux', shell: 'web' as const }),
    };
    expect(Object.keys(incomplete)).not.toContain('local:list');
  });

  it('does not compile when a handler answers with another channel\'s type', () => {
    const table: HandlerTable = {
      ...fakeHandlerTable(),
      // @ts-expect-error app:info must answer with AppInfo, not a listing.
      'app:info': async () => ok({ path: '/', parent: null, entries: [] }),
    };
    expect(Object.keys(table).sort()).toEqual([...invokeChannels].sort());
  });
});
