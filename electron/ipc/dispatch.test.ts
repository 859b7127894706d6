import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../shared/result.js';
import { createDispatcher, responseSampleSize } from './dispatch.js';
import { fakeHandlerTable, testContext } from './test-table.js';

describe('createDispatcher', () => {
  it.each([
    ['a name not in the contract', 'fs:delete'],
    ['a non-string', 42],
    ['undefined', undefined],
    ['a prototype key', 'constructor'],
  ])('refuses %s with UNKNOWN_CHANNEL', async (_label, channel) => {
    const dispatch = createDispatcher(fakeHandlerTable());
    const result = await dispatch(channel, {}, testContext());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('UNKNOWN_CHANNEL');
  });

  it.each([
    ['a number for path', 'local:list', { path: 7 }, 'path'],
    ['an empty path', 'local:list', { path: '' }, 'path'],
    ['an extra key', 'local:list', { path: '/tmp', recursive: true }, 'recursive'],
    ['an extra key on an empty request', 'app:info', { x: 1 }, 'x'],
    ['no payload object', 'app:info', undefined, '(payload)'],
    ['an array', 'local:list', ['/tmp'], '(payload)'],
    ['null', 'local:list', null, '(payload)'],
    // The local file operations: absolute paths, and a single name that cannot leave its folder.
    ['a relative folder', 'local:mkdir', { folder: 'home/ann', name: 'new' }, 'folder'],
    ['a name with a slash', 'local:mkdir', { folder: '/home/ann', name: 'a/b' }, 'name'],
    ['a name that climbs', 'local:mkdir', { folder: '/home/ann', name: '..' }, 'name'],
    ['a name with a backslash', 'local:mkdir', { folder: 'C:\\Users', name: '..\\x' }, 'name'],
    ['a name with a line break', 'local:mkdir', { folder: '/home/ann', name: 'a\nb' }, 'name'],
    ['an empty name', 'local:mkdir', { folder: '/home/ann', name: '' }, 'name'],
    ['no name', 'local:mkdir', { folder: '/home/ann' }, 'name'],
    ['a rename into another folder', 'local:rename', { path: '/home/ann/a.txt', name: '../b.txt' }, 'name'],
    ['a rename of a relative path', 'local:rename', { path: 'a.txt', name: 'b.txt' }, 'path'],
    ['a rename with a full target path', 'local:rename', { path: '/home/ann/a.txt', to: '/tmp/b.txt' }, 'to'],
    ['a delete of a relative path', 'local:delete', { path: 'site' }, 'path'],
    ['a delete with NUL', 'local:delete', { path: '/home/ann/a\0b' }, 'path'],
    ['a delete of several paths', 'local:delete', { path: ['/a', '/b'] }, 'path'],
    ['a non-octal mode', 'local:chmod', { path: '/home/ann/run.sh', mode: '789' }, 'mode'],
    ['a numeric mode', 'local:chmod', { path: '/home/ann/run.sh', mode: 755 }, 'mode'],
    ['a chmod of a relative path', 'local:chmod', { path: 'run.sh', mode: '755' }, 'path'],
  ])('refuses %s with INVALID_ARGUMENT naming the field', async (_label, channel, payload, field) => {
    const handler = vi.fn();
    const dispatch = createDispatcher(
      fakeHandlerTable({
        'local:list': handler,
        'app:info': handler,
        'local:mkdir': handler,
        'local:rename': handler,
        'local:delete': handler,
        'local:chmod': handler,
      }),
    );
    const result = await dispatch(channel, payload, testContext());
    expect(handler).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_ARGUMENT');
    expect(result.error.message).toContain(channel);
    expect(result.error.message).toContain(field);
  });

  it.each([
    ['local:mkdir', { folder: '/home/ann', name: '.htaccess' }],
    ['local:mkdir', { folder: 'C:\\Users\\ann', name: 'new folder' }],
    ['local:rename', { path: '/home/ann/a.txt', name: 'b c.txt' }],
    ['local:delete', { path: '\\\\server\\share\\old' }],
    ['local:chmod', { path: '/home/ann/run.sh', mode: '0755' }],
  ] as const)('passes a good %s request to its handler', async (channel, payload) => {
    const handler = vi.fn(async () => ok({}));
    const dispatch = createDispatcher(fakeHandlerTable({ [channel]: handler }));
    const result = await dispatch(channel, payload, testContext());
    expect(result.ok).toBe(true);
    expect(handler).toHaveBeenCalledWith(payload, expect.anything());
  });

  it('passes the parsed payload and the context to the handler and returns its value', async () => {
    const context = testContext();
    const handler = vi.fn(async ({ path }: { path?: string | undefined }) =>
      ok({ path: path ?? '', parent: '/', entries: [] }),
    );
    const dispatch = createDispatcher(fakeHandlerTable({ 'local:list': handler }), { validateResponses: true });
    const result = await dispatch('local:list', { path: '/srv' }, context);
    expect(handler).toHaveBeenCalledWith({ path: '/srv' }, context);
    expect(result).toEqual({ ok: true, value: { path: '/srv', parent: '/', entries: [] } });
  });

  it.each([
    ['throws synchronously', () => { throw new Error('boom'); }],
    ['rejects', () => Promise.reject(new Error('boom'))],
    ['rejects with a non-Error', () => Promise.reject('just a string')],
  ])('turns a handler that %s into INTERNAL without leaking its message', async (_label, body) => {
    const onInternalError = vi.fn();
    const dispatch = createDispatcher(fakeHandlerTable({ 'app:info': body as never }), { onInternalError });
    const result = await dispatch('app:info', {}, testContext());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INTERNAL');
    expect(result.error.message).not.toContain('boom');
    expect(onInternalError).toHaveBeenCalledOnce();
    expect(onInternalError.mock.calls[0]?.[0]).toBe('app:info');
  });

  it('turns a response that breaks the contract into INTERNAL when validating responses', async () => {
    const bad = async () => ok({ name: 'Ferry', version: 1 }) as never;
    const onInternalError = vi.fn();
    const strict = createDispatcher(fakeHandlerTable({ 'app:info': bad }), { validateResponses: true, onInternalError });
    const lax = createDispatcher(fakeHandlerTable({ 'app:info': bad }));
    const strictResult = await strict('app:info', {}, testContext());
    expect(strictResult.ok ? 'ok' : strictResult.error.code).toBe('INTERNAL');
    expect(onInternalError).toHaveBeenCalledOnce();
    expect((await lax('app:info', {}, testContext())).ok).toBe(true);
  });

  it('passes a failed Result through unchanged', async () => {
    const error = { code: 'NOT_FOUND', message: 'gone' } as const;
    const dispatch = createDispatcher(fakeHandlerTable({ 'local:list': async () => ({ ok: false, error }) }), {
      validateResponses: true,
    });
    expect(await dispatch('local:list', {}, testContext())).toEqual({ ok: false, error });
  });
  it.each([
    ['the first', 0, 'INTERNAL'],
    ['the last', responseSampleSize * 3 - 1, 'INTERNAL'],
    ['no', -1, 'ok'],
  ])('checks a very long list on a sample that includes %s entry', async (_label, badIndex, expected) => {
    const entry = (index: number) => ({ name: `f${index}`, kind: index === badIndex ? 'blob' : 'file', size: 0, modified: null, hidden: false });
    const entries = Array.from({ length: responseSampleSize * 3 }, (_, index) => entry(index));
    const dispatch = createDispatcher(fakeHandlerTable({ 'local:list': async () => ok({ path: '/big', parent: '/', entries }) as never }), {
      validateResponses: true,
      onInternalError: () => undefined,
    });
    const result = await dispatch('local:list', {}, testContext());
    expect(result.ok ? 'ok' : result.error.code).toBe(expected);
    if (result.ok) expect((result.value as { entries: unknown[] }).entries).toBe(entries);
  });
});
