import { describe, expect, it } from 'vitest';
import type { BenchCase } from './cases.js';
import type { RunRecord } from './execute.js';
import { median, summarizeCase } from './summary.js';

describe('median', () => {
  it.each([
    { values: [], expected: undefined },
    { values: [3], expected: 3 },
    { values: [5, 1, 3], expected: 3 },
    { values: [4, 1, 3, 2], expected: 2.5 },
  ])('of $values is $expected', ({ values, expected }) => {
    expect(median(values)).toBe(expected);
  });
});

const benchCase: BenchCase = {
  id: 'get-null-plain', title: 't', kind: 'download-discard', tls: 'plain', clients: ['curl', 'ferry'], baseline: 'curl', maxRatio: 1.0,
};
const record = (client: RunRecord['client'], run: number, wallSeconds: number, peakRssKiB: number, error?: string): RunRecord => ({
  client, run, wallSeconds, cpuSeconds: wallSeconds / 2, peakRssKiB, deepCheck: run === 0, error,
});
const work = { bytesPerRun: 1024 * 1024 * 1024, filesPerRun: 1, loadAtStart: 0.5 };

describe('summarizeCase', () => {
  it('compares medians with the baseline and checks both targets', () => {
    const runs = [record('curl', 0, 1, 11_000), record('curl', 1, 2, 11_000), record('curl', 2, 3, 11_000),
      record('ferry', 0, 1.5, 90 * 1024), record('ferry', 1, 1.8, 100 * 1024), record('ferry', 2, 9, 95 * 1024)];
    const summary = summarizeCase(benchCase, runs, work);
    const ferry = summary.clients.find((c) => c.client === 'ferry')!;
    expect(ferry.medianSeconds).toBe(1.8);
    expect(ferry.ratio).toBeCloseTo(0.9, 9);
    expect(ferry.mibPerSecond).toBeCloseTo(1024 / 1.8, 6);
    expect(ferry.peakRssMiB).toBe(100);
    expect(summary.targets.map((t) => t.pass)).toEqual([true, true]);
  });

  it('misses when Ferry is slower, too large, or a run failed', () => {
    const runs = [record('curl', 0, 1, 11_000), record('ferry', 0, 1.2, 130 * 1024), record('ferry', 1, 1.1, 90 * 1024, 'exit 1')];
    const summary = summarizeCase(benchCase, runs, work);
    const ferry = summary.clients.find((c) => c.client === 'ferry')!;
    expect(ferry.failedRuns).toBe(1);
    expect(ferry.errors).toEqual(['run 2: exit 1']);
    expect(summary.targets.map((t) => [t.actual, t.pass])).toEqual([['1.20×', false], ['130 MiB', false]]);
  });

  it("gives the machine's floor from the baseline's CPU and its server CPU, when the server's was measured", () => {
    const tree: BenchCase = { ...benchCase, id: 'tree-down-plain', clients: ['lftp', 'ferry'], baseline: 'lftp', maxRatio: 0.5 };
    const lftp = (run: number, wallSeconds: number, serverCpuSeconds?: number): RunRecord => ({
      ...record('lftp', run, wallSeconds, 10_000),
      cpuSeconds: 1.0,
      ...(serverCpuSeconds === undefined ? {} : { serverCpuSeconds }),
    });
    const measured = summarizeCase(tree, [lftp(0, 2, 1.2), lftp(1, 2.2, 1.6), lftp(2, 2.4, 1.4)], work, 2);
    expect(measured.clients.find((c) => c.client === 'lftp')?.medianServerCpuSeconds).toBeCloseTo(1.4);
    // (1.0 + 1.4) / 2 cores = 1.2 s, while 0.5 × 2.2 s asks for 1.1 s.
    expect(measured.floor?.seconds).toBeCloseTo(1.2);
    expect(measured.floor?.targetSeconds).toBeCloseTo(1.1);
    expect(summarizeCase(tree, [lftp(0, 2)], work, 2).floor).toBeUndefined();
    expect(summarizeCase(tree, [lftp(0, 2, 1)], work).floor).toBeUndefined();
  });
});
