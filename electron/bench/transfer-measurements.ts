import type { RunningServer } from '../test-support/ftp-servers/index.js';
import { measureIpcLatency } from './ipc-latency.js';
import type { TargetCheck } from './summary.js';
import type { PaneFigures } from './ui-listing.js';

/** What a measurement (a bench that is not a client-process race) needs from the run. */
export interface MeasurementContext {
  /** The run's explicit-FTPS vsftpd. */
  readonly explicit: RunningServer;
  readonly quick: boolean;
  readonly runs: number;
  readonly log: (line: string) => void;
}

/** One measurement's outcome: figures for the JSON, lines for the table, its targets; `error` if it failed. */
export interface MeasurementResult {
  readonly id: string;
  readonly title: string;
  readonly seconds: number;
  readonly figures?: unknown;
  readonly lines: readonly string[];
  readonly targets: readonly TargetCheck[];
  readonly error?: string;
}

/** A measurement the bench can run; `extra` ones run only when `--only` names them. */
export interface MeasurementCase {
  readonly id: string;
  readonly title: string;
  readonly extra?: boolean;
  run(ctx: MeasurementContext): Promise<Omit<MeasurementResult, 'id' | 'title' | 'seconds'>>;
}

const ms = (value: unknown): string => (typeof value === 'number' ? `${value.toFixed(1)} ms` : '–');

const ipcLatency: MeasurementCase = {
  id: 'ipc-latency',
  title: 'app:info round trip while 4 FTPS downloads run in workers',
  async run(ctx) {
    const figure = await measureIpcLatency({ server: ctx.explicit, fileBytes: (ctx.quick ? 64 : 256) * 1024 * 1024 });
    return {
      figures: figure,
      lines: [`p50 ${ms(figure.p50)}, p99 ${ms(figure.p99)}, max ${ms(figure.max)} over ${figure.samples} round trips; transfers moved ${figure.mibPerSecond} MiB/s meanwhile`],
      targets: [{ label: 'app:info p99 < 50 ms', actual: ms(figure.p99), pass: figure.samples > 0 && figure.p99 < 50 }],
    };
  },
};

const uiListing: MeasurementCase = {
  id: 'ui-listing',
  title: 'UI: 100 000-entry folder, navigation to paint and scroll (Chromium + web shell)',
  extra: true,
  async run(ctx) {
    // Loaded only when asked for: it brings Playwright and Chromium along.
    const { measureUiListing } = await import('./ui-listing.js');
    const f = await measureUiListing({ rounds: ctx.runs, log: ctx.log });
    const pane = (name: string, p: PaneFigures): string =>
      `${name}: first rows painted ${ms(p.medianTotalMs)}, whole listing ${ms(p.medianCompleteMs)} (main ${ms(p.medianMainMs)}, render ${ms(p.medianRenderMs)}), scroll p95 ${ms(p.medianScrollP95Ms)}, long tasks while scrolling ${p.maxLongTasksWhileScrolling}`;
    return {
      figures: f,
      lines: [pane('remote', f.remote), pane('local', f.local), `engine LIST vs ftplib: ${f.listPeerRatio.toFixed(2)}×`],
      targets: [{ label: 'first paint < 1 s, no long task while scrolling', actual: f.meetsTarget ? 'met' : 'not met', pass: f.meetsTarget }],
    };
  },
};

const publishNoChange: MeasurementCase = {
  id: 'publish-no-change',
  title: 'ferry sync --dry-run of an unchanged 2000-file site vs lftp mirror -R --dry-run',
  extra: true,
  async run(ctx) {
    const { measurePublishNoChange } = await import('./publish-bench.js');
    const f = await measurePublishNoChange({ runs: ctx.runs });
    return {
      figures: f,
      lines: [`ferry ${f.ferrySeconds.toFixed(3)} s, lftp ${f.lftpSeconds.toFixed(3)} s (medians, ${f.files} files): ${f.ratio.toFixed(2)}× lftp`],
      targets: [{ label: 'Ferry < 1.0× lftp', actual: `${f.ratio.toFixed(2)}×`, pass: f.ratio < 1 }],
    };
  },
};

/** The measurements of issue 4 (IPC latency) and the hooks for issues 6 (UI listing) and 7 (publish). */
export const measurementCases: readonly MeasurementCase[] = [ipcLatency, uiListing, publishNoChange];

/** Runs one measurement; a failure becomes a result with `error` (and a failed target), never a throw. */
export async function runMeasurement(c: MeasurementCase, ctx: MeasurementContext): Promise<MeasurementResult> {
  const started = performance.now();
  const head = { id: c.id, title: c.title };
  try {
    const result = await c.run(ctx);
    return { ...head, ...result, seconds: (performance.now() - started) / 1000 };
  } catch (error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...head, seconds: (performance.now() - started) / 1000, lines: [], targets: [{ label: 'ran', actual: `FAILED: ${message}`, pass: false }], error: message };
  }
}
