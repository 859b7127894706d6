import { maxFerryRssMiB, type BenchCase, type ClientName } from './cases.js';
import type { RunRecord } from './execute.js';

/** One client's figures in one case, over its successful runs. */
export interface ClientSummary {
  readonly client: ClientName;
  readonly okRuns: number;
  readonly failedRuns: number;
  readonly medianSeconds: number | undefined;
  /** Median user + system CPU seconds. */
  readonly medianCpuSeconds: number | undefined;
  /** Median CPU seconds the server's sessions used for this client's runs. */
  readonly medianServerCpuSeconds: number | undefined;
  readonly mibPerSecond: number | undefined;
  /** Median wall time over the case baseline's median. */
  readonly ratio: number | undefined;
  /** Highest peak RSS over the runs, MiB. */
  readonly peakRssMiB: number | undefined;
  readonly errors: readonly string[];
}

/** A target of issue 3 checked against the measured figures. */
export interface TargetCheck {
  readonly label: string;
  readonly actual: string;
  readonly pass: boolean;
}

/**
 * The least wall time this machine allows a client that is as lean as the baseline: the baseline's own CPU
 * plus what the server spent on it, spread over every core. A target below it cannot be met here by making
 * Ferry leaner alone (the server's work and the kernel's per-file work are the same for every client).
 */
export interface MachineFloor {
  readonly cores: number;
  readonly seconds: number;
  /** The target's wall time: maxRatio × the baseline's median. */
  readonly targetSeconds: number;
}

/** A case's summary: per-client figures and the targets. */
export interface CaseSummary {
  readonly id: string;
  readonly title: string;
  readonly baseline: ClientName;
  readonly bytesPerRun: number;
  readonly filesPerRun: number;
  /** 1-minute load average when the case started: above the core count, wall times are inflated. */
  readonly loadAtStart: number;
  readonly clients: readonly ClientSummary[];
  readonly targets: readonly TargetCheck[];
  /** Set when server CPU was measured for the baseline's runs. */
  readonly floor?: MachineFloor;
  readonly runs: readonly RunRecord[];
}

/** Median of a non-empty list; undefined for an empty one. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const mib = 1024 * 1024;

/** Turns a case's run records into medians, ratios and target verdicts. */
export function summarizeCase(
  c: BenchCase,
  runs: readonly RunRecord[],
  work: { readonly bytesPerRun: number; readonly filesPerRun: number; readonly loadAtStart: number },
  cores?: number,
): CaseSummary {
  const { bytesPerRun } = work;
  const base = (client: ClientName) => {
    const mine = runs.filter((r) => r.client === client);
    const ok = mine.filter((r) => r.error === undefined);
    const seconds = median(ok.map((r) => r.wallSeconds));
    return { client, mine, ok, seconds };
  };
  const baselineSeconds = base(c.baseline).seconds;
  const clients = c.clients.map((client): ClientSummary => {
    const { mine, ok, seconds } = base(client);
    return {
      client,
      okRuns: ok.length,
      failedRuns: mine.length - ok.length,
      medianSeconds: seconds,
      medianCpuSeconds: median(ok.map((r) => r.cpuSeconds)),
      medianServerCpuSeconds: median(ok.flatMap((r) => (r.serverCpuSeconds === undefined ? [] : [r.serverCpuSeconds]))),
      mibPerSecond: seconds === undefined ? undefined : bytesPerRun / mib / seconds,
      ratio: seconds === undefined || baselineSeconds === undefined ? undefined : seconds / baselineSeconds,
      peakRssMiB: ok.length === 0 ? undefined : Math.max(...ok.map((r) => r.peakRssKiB)) / 1024,
      errors: mine.flatMap((r) => (r.error === undefined ? [] : [`run ${r.run + 1}: ${r.error}`])),
    };
  });
  const ferry = clients.find((s) => s.client === 'ferry');
  const targets: TargetCheck[] = [];
  if (ferry !== undefined) {
    targets.push({
      label: `Ferry ≤ ${c.maxRatio.toFixed(1)}× ${c.baseline}`,
      actual: ferry.ratio === undefined ? 'n/a' : `${ferry.ratio.toFixed(2)}×`,
      pass: ferry.ratio !== undefined && ferry.ratio <= c.maxRatio && ferry.failedRuns === 0,
    });
    targets.push({
      label: `Ferry peak RSS ≤ ${maxFerryRssMiB} MiB`,
      actual: ferry.peakRssMiB === undefined ? 'n/a' : `${ferry.peakRssMiB.toFixed(0)} MiB`,
      pass: ferry.peakRssMiB !== undefined && ferry.peakRssMiB <= maxFerryRssMiB,
    });
  }
  const baseline = clients.find((s) => s.client === c.baseline);
  const floor = machineFloor(baseline, c.maxRatio, cores);
  return { id: c.id, title: c.title, baseline: c.baseline, ...work, clients, targets, ...(floor === undefined ? {} : { floor }), runs };
}

function machineFloor(baseline: ClientSummary | undefined, maxRatio: number, cores: number | undefined): MachineFloor | undefined {
  if (baseline === undefined || cores === undefined || cores < 1) return undefined;
  const { medianSeconds, medianCpuSeconds, medianServerCpuSeconds } = baseline;
  if (medianSeconds === undefined || medianCpuSeconds === undefined || medianServerCpuSeconds === undefined) return undefined;
  return { cores, seconds: (medianCpuSeconds + medianServerCpuSeconds) / cores, targetSeconds: maxRatio * medianSeconds };
}
