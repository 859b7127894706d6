import { humanSize } from '../format-listing.js';
import type { TextSink } from './command-context.js';

/** What the engine reports per chunk (electron/ftp/streams.ts TransferProgress). */
interface Progress {
  readonly bytes: number;
  readonly total: number | undefined;
}

/** A progress line on a terminal, redrawn at most every `intervalMs`; `done()` erases it. */
export interface ProgressLine {
  readonly update: (progress: Progress) => void;
  readonly done: () => void;
}

/**
 * Draws `  42%  12.5 MiB of 30 MiB  8.1 MiB/s` on `sink` with carriage returns. Only for terminals: a pipe or
 * a log file would fill up with redraws, so callers pass a sink only when stderr is a TTY.
 */
export function progressLine(sink: TextSink | undefined, now: () => number = Date.now, intervalMs = 100): ProgressLine | undefined {
  if (sink === undefined) return undefined;
  const started = now();
  let lastDrawn = 0;
  let drawn = false;
  return {
    update: ({ bytes, total }) => {
      const time = now();
      if (time - lastDrawn < intervalMs) return;
      lastDrawn = time;
      const seconds = Math.max((time - started) / 1000, 0.001);
      const percent = total !== undefined && total > 0 ? `${String(Math.floor((bytes / total) * 100)).padStart(3)}%  ` : '';
      const of = total === undefined ? '' : ` of ${humanSize(total)}`;
      sink.write(`\r\u001b[K  ${percent}${humanSize(bytes)}${of}  ${humanSize(bytes / seconds)}/s`);
      drawn = true;
    },
    done: () => {
      if (drawn) sink.write('\r\u001b[K');
    },
  };
}
