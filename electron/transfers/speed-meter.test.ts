import { describe, expect, it } from 'vitest';
import { etaSeconds, SpeedMeter } from './speed-meter.js';

describe('SpeedMeter', () => {
  it('converges on a steady rate and smooths a burst', () => {
    const meter = new SpeedMeter();
    for (let t = 0; t <= 10_000; t += 100) meter.sample(t * 1000, t); // 1 MB/s
    expect(meter.speed).toBeCloseTo(1_000_000, -3);
    meter.sample(10_000 * 1000 + 10_000_000, 10_100); // 10 MB in 100 ms
    expect(meter.speed).toBeGreaterThan(1_000_000);
    expect(meter.speed).toBeLessThan(100_000_000 / 2);
  });

  it('starts over when the count goes back (a restarted transfer)', () => {
    const meter = new SpeedMeter();
    meter.sample(0, 0);
    meter.sample(1000, 1000);
    expect(meter.sample(0, 1100)).toBe(meter.speed);
  });
});

describe('etaSeconds', () => {
  it.each([
    [0, 100, 10, 10],
    [50, 100, 10, 5],
    [0, undefined, 10, undefined],
    [0, 100, 0, undefined],
  ])('done %i of %s at %i/s → %s', (done, total, speed, expected) => {
    expect(etaSeconds(done, total, speed)).toBe(expected);
  });
});
