import { describe, expect, it, vi } from 'vitest';
import { createEventHub } from './event-hub.js';

const line = (text: string) => ({ time: 1, level: 'status' as const, text });

describe('createEventHub', () => {
  it('queues events for a client until it is ready, then flushes them in order', () => {
    const hub = createEventHub();
    const sink = vi.fn();
    hub.addClient('a', sink);
    hub.emit('log:line', line('one'));
    hub.emit('log:line', line('two'));
    expect(sink).not.toHaveBeenCalled();
    hub.markReady('a');
    hub.emit('log:line', line('three'));
    expect(sink.mock.calls.map((call) => (call[1] as { text: string }).text)).toEqual(['one', 'two', 'three']);
  });

  it('keeps clients apart: one ready client does not flush another', () => {
    const hub = createEventHub();
    const a = vi.fn();
    const b = vi.fn();
    hub.addClient('a', a);
    hub.addClient('b', b);
    hub.emit('log:line', line('x'));
    hub.markReady('a');
    expect(a).toHaveBeenCalledOnce();
    expect(b).not.toHaveBeenCalled();
  });

  it('queues again after markNotReady (a reload) and delivers nothing after removeClient', () => {
    const hub = createEventHub();
    const sink = vi.fn();
    hub.addClient('a', sink);
    hub.markReady('a');
    hub.markNotReady('a');
    hub.emit('log:line', line('held'));
    expect(sink).not.toHaveBeenCalled();
    hub.markReady('a');
    expect(sink).toHaveBeenCalledOnce();
    hub.removeClient('a');
    hub.emit('log:line', line('gone'));
    expect(sink).toHaveBeenCalledOnce();
  });

  it('drops the oldest queued events beyond maxQueued', () => {
    const hub = createEventHub({ maxQueued: 2 });
    const sink = vi.fn();
    hub.addClient('a', sink);
    for (const text of ['1', '2', '3']) hub.emit('log:line', line(text));
    hub.markReady('a');
    expect(sink.mock.calls.map((call) => (call[1] as { text: string }).text)).toEqual(['2', '3']);
  });

  it.each([
    ['a payload that breaks the schema', 'log:line', { time: 'now', level: 'status', text: 'x' }],
    ['an unknown event', 'ftp:secret', line('x')],
  ])('drops %s and reports it', (_label, event, payload) => {
    const onInvalid = vi.fn();
    const hub = createEventHub({ onInvalid });
    const sink = vi.fn();
    hub.addClient('a', sink);
    hub.markReady('a');
    expect(hub.emit(event as 'log:line', payload as never)).toBe(false);
    expect(sink).not.toHaveBeenCalled();
    expect(onInvalid).toHaveBeenCalledOnce();
  });

  describe('emitTo', () => {
    const progress = { sessionId: 's1', requestId: 'r1', count: 2000 };

    it('delivers to the named client only, queued like emit until it is ready', () => {
      const hub = createEventHub();
      const a = vi.fn();
      const b = vi.fn();
      hub.addClient('a', a);
      hub.addClient('b', b);
      hub.markReady('b');
      expect(hub.emitTo('a', 'remote:list-progress', progress)).toBe(true);
      expect(a).not.toHaveBeenCalled();
      hub.markReady('a');
      expect(a).toHaveBeenCalledWith('remote:list-progress', progress);
      expect(hub.emitTo('b', 'remote:list-progress', { ...progress, count: 3000 })).toBe(true);
      expect(a).toHaveBeenCalledOnce();
      expect(b).toHaveBeenCalledOnce();
      expect(b).toHaveBeenCalledWith('remote:list-progress', { ...progress, count: 3000 });
    });

    it('drops an event for a client that is gone, without reporting main as wrong', () => {
      const onInvalid = vi.fn();
      const hub = createEventHub({ onInvalid });
      const a = vi.fn();
      hub.addClient('a', a);
      hub.markReady('a');
      hub.removeClient('a');
      expect(hub.emitTo('a', 'remote:list-progress', progress)).toBe(false);
      expect(hub.emitTo('never', 'remote:list-progress', progress)).toBe(false);
      expect(a).not.toHaveBeenCalled();
      expect(onInvalid).not.toHaveBeenCalled();
    });

    it.each([
      ['a payload that breaks the schema', 'remote:list-progress', { ...progress, requestId: 'no spaces allowed' }],
      ['a negative count', 'remote:list-progress', { ...progress, count: -1 }],
      ['an unknown event', 'ftp:secret', progress],
    ])('validates like emit: drops %s and reports it', (_label, event, payload) => {
      const onInvalid = vi.fn();
      const hub = createEventHub({ onInvalid });
      const sink = vi.fn();
      hub.addClient('a', sink);
      hub.markReady('a');
      expect(hub.emitTo('a', event as 'remote:list-progress', payload as never)).toBe(false);
      expect(sink).not.toHaveBeenCalled();
      expect(onInvalid).toHaveBeenCalledOnce();
    });
  });
});
