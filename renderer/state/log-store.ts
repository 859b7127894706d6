import { useSyncExternalStore } from 'react';
import type { LogLine } from '../../shared/ipc-contract.js';

/** A log line with a stable key for React lists. */
export interface KeyedLogLine extends LogLine {
  readonly id: number;
}

/** Enough for a long session; older lines drop off so the log never grows without bound. */
const maxLines = 5000;

/** The message log's lines: fed by `log:line` events and by the renderer's own notices. */
export interface LogStore {
  append(line: LogLine): void;
  subscribe(listener: () => void): () => void;
  snapshot(): readonly KeyedLogLine[];
}

/** Creates an empty log store. */
export function createLogStore(): LogStore {
  let lines: readonly KeyedLogLine[] = [];
  let nextId = 1;
  const listeners = new Set<() => void>();
  return {
    append(line) {
      const keyed = { ...line, id: nextId++ };
      // A new array each time: useSyncExternalStore compares snapshots by identity.
      lines = lines.length >= maxLines ? [...lines.slice(lines.length - maxLines + 1), keyed] : [...lines, keyed];
      for (const listener of listeners) {
        listener();
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => lines,
  };
}

/** The store's lines, re-rendering when one arrives. */
export function useLogLines(store: LogStore): readonly KeyedLogLine[] {
  // The third argument serves static rendering (tests); in the app it is never used.
  return useSyncExternalStore(store.subscribe, store.snapshot, store.snapshot);
}
