import { describe, expect, it } from 'vitest';
import { KeepAlive, type Timers } from './keep-alive.js';

/** A hand-driven clock: `advance` fires due timers in order. */
function manualTimers() {
  let now = 0;
  let seq = 0;
  const pending = new Map<number, { at: number; callback: () => void }>();
  const timers: Timers = {
    setTimeout: (callback, ms) => {
      pending.set(++seq, { at: now + ms, callback });
      return seq;
    },
    clearTimeout: (handle) => pending.delete(handle as number),
    now: () => now,
  };
  const advance = async (ms: number): Promise<void> => {
    const end = now + ms;
    for (;;) {
      const next = [...pending].sort((a, b) => a[1].at - b[1].at)[0];
      if (next === undefined || next[1].at > end) break;
      pending.delete(next[0]);
      now = next[1].at;
      next[1].callback();
      await Promise.resolve();
      await Promise.resolve();
    }
    now = end;
  };
  return { timers, advance, pending };
}

describe('KeepAlive', () => {
  it('pings every interval while idle and stops after the idle limit', async () => {
    const clock = manualTimers();
    const pings: number[] = [];
    const keepAlive = new KeepAlive(async () => void pings.push(clock.timers.now()), { intervalMs: 30_000, maxIdleMs: 120_000, timers: clock.timers });
    keepAlive.touch();
    await clock.advance(10 * 60_000);
    expect(pings).toEqual([30_000, 60_000, 90_000, 120_000]);
  });

  it('sends nothing while paused (a command runs) and restarts the count on touch', async () => {
    const clock = manualTimers();
    let pings = 0;
    const keepAlive = new KeepAlive(async () => void pings++, { intervalMs: 30_000, timers: clock.timers });
    keepAlive.touch();
    await clock.advance(20_000);
    keepAlive.pause();
    await clock.advance(60_000);
    expect(pings).toBe(0);
    keepAlive.touch();
    await clock.advance(29_000);
    expect(pings).toBe(0);
    await clock.advance(1_000);
    expect(pings).toBe(1);
  });

  it('stops pinging after a failed ping (the next command reconnects) and after stop()', async () => {
    const clock = manualTimers();
    let pings = 0;
    const failing = new KeepAlive(async () => {
      pings++;
      throw new Error('closed');
    }, { intervalMs: 1000, timers: clock.timers });
    failing.touch();
    await clock.advance(10_000);
    expect(pings).toBe(1);
    const stopped = new KeepAlive(async () => void pings++, { intervalMs: 1000, timers: clock.timers });
    stopped.touch();
    stopped.stop();
    await clock.advance(10_000);
    expect(pings).toBe(1);
    expect(clock.pending.size).toBe(0);
  });
});
