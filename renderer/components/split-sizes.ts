/** A splitter's position as a percentage of its container (the first part's share). */
export interface SplitLimits {
  readonly min: number;
  readonly max: number;
}

/** Keeps a position inside its limits and rounds it to a tenth of a percent; NaN falls back to `fallback`. */
export function clampSplit(value: number, limits: SplitLimits, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.round(Math.min(limits.max, Math.max(limits.min, value)) * 10) / 10;
}

/** The keyboard step of a separator: arrows move 2 %, Page keys 10 %, Home/End go to the limits. */
export function keySplit(value: number, key: string, limits: SplitLimits, vertical: boolean): number | null {
  const forward = vertical ? 'ArrowRight' : 'ArrowDown';
  const back = vertical ? 'ArrowLeft' : 'ArrowUp';
  const steps: Record<string, number> = { [forward]: value + 2, [back]: value - 2, PageDown: value + 10, PageUp: value - 10 };
  if (key === 'Home') return limits.min;
  if (key === 'End') return limits.max;
  const next = steps[key];
  return next === undefined ? null : clampSplit(next, limits, value);
}

/** Reads a remembered position; anything missing or odd gives the default. */
export function loadSplit(storage: Pick<Storage, 'getItem'>, key: string, limits: SplitLimits, fallback: number): number {
  try {
    const text = storage.getItem(key);
    return text === null ? fallback : clampSplit(Number(text), limits, fallback);
  } catch {
    return fallback;
  }
}

/** Remembers a position; storage problems are not worth an error. */
export function saveSplit(storage: Pick<Storage, 'setItem'>, key: string, value: number): void {
  try {
    storage.setItem(key, String(value));
  } catch {
    // Layout is a convenience.
  }
}
