/** Time constant of the smoothing: a speed change shows fully after a few seconds, not per chunk. */
const smoothingMs = 2000;

/**
 * Smoothed transfer speed (bytes/s) from cumulative byte counts sampled at irregular times: an exponential
 * moving average whose weight depends on the time since the previous sample, so tick jitter does not matter.
 */
export class SpeedMeter {
  private lastBytes: number | undefined;
  private lastTime = 0;
  private current = 0;

  /** Bytes per second after this sample. */
  sample(bytes: number, now: number): number {
    if (this.lastBytes === undefined || bytes < this.lastBytes) {
      this.lastBytes = bytes;
      this.lastTime = now;
      return this.current;
    }
    const elapsed = now - this.lastTime;
    if (elapsed <= 0) return this.current;
    const instant = ((bytes - this.lastBytes) * 1000) / elapsed;
    const weight = 1 - Math.exp(-elapsed / smoothingMs);
    this.current = this.current === 0 ? instant : this.current + weight * (instant - this.current);
    this.lastBytes = bytes;
    this.lastTime = now;
    return this.current;
  }

  get speed(): number {
    return this.current;
  }
}

/** Seconds left at `speed`, or undefined when it cannot be guessed (unknown size or no speed yet). */
export function etaSeconds(done: number, total: number | undefined, speed: number): number | undefined {
  if (total === undefined || speed <= 0) return undefined;
  return Math.max(0, (total - done) / speed);
}
