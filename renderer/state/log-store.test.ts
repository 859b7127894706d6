import { describe, expect, it } from 'vitest';
import { createLogStore } from './log-store.js';

describe('createLogStore', () => {
  it('keeps lines in order with distinct keys and tells subscribers', () => {
    const store = createLogStore();
    let calls = 0;
    const unsubscribe = store.subscribe(() => {
      calls += 1;
    });
    store.append({ time: 1, level: 'status', text: 'one' });
    store.append({ time: 2, level: 'reply', text: 'two' });
    unsubscribe();
    store.append({ time: 3, level: 'error', text: 'three' });
    expect(store.snapshot().map((line) => line.text)).toEqual(['one', 'two', 'three']);
    expect(new Set(store.snapshot().map((line) => line.id)).size).toBe(3);
    expect(calls).toBe(2);
  });

  it('drops the oldest lines past its cap', () => {
    const store = createLogStore();
    for (let index = 0; index < 5005; index += 1) {
      store.append({ time: index, level: 'status', text: `line ${index}` });
    }
    expect(store.snapshot()).toHaveLength(5000);
    expect(store.snapshot()[0]?.text).toBe('line 5');
  });

  it('gives a new snapshot only when something changed', () => {
    const store = createLogStore();
    const before = store.snapshot();
    expect(store.snapshot()).toBe(before);
    store.append({ time: 1, level: 'status', text: 'x' });
    expect(store.snapshot()).not.toBe(before);
  });
});
