import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CaseSummary } from './summary.js';
import type { MeasurementResult } from './transfer-measurements.js';

const fixed = (value: number | undefined, digits: number): string => (value === undefined ? '–' : value.toFixed(digits));

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
}

/** The results as a plain-text table: one row per client and case, then each case's targets. */
export function formatTable(cases: readonly CaseSummary[]): string {
  const header = ['case', 'client', 'median s', 'MiB/s', 'ms/file', 'ratio', 'peak RSS', 'CPU s', 'server CPU s', 'runs (s)'];
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const c of cases) {
    for (const [i, s] of c.clients.entries()) {
      const runs = c.runs.filter((r) => r.client === s.client).map((r) => (r.error === undefined ? r.wallSeconds.toFixed(2) : 'FAIL'));
      rows.push([
        i === 0 ? c.id : '',
        s.client,
        fixed(s.medianSeconds, 3),
        fixed(s.mibPerSecond, 0),
        c.filesPerRun > 1 && s.medianSeconds !== undefined ? fixed((s.medianSeconds * 1000) / c.filesPerRun, 2) : '',
        s.ratio === undefined ? '–' : `${s.ratio.toFixed(2)}× ${c.baseline}`,
        s.peakRssMiB === undefined ? '–' : `${s.peakRssMiB.toFixed(0)} MiB`,
        fixed(s.medianCpuSeconds, 2),
        fixed(s.medianServerCpuSeconds, 2),
        runs.join(' '),
      ]);
      for (const error of s.errors) notes.push(`${c.id} ${s.client} ${error}`);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const lines = [pad(header, widths), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map((r) => pad(r, widths))];
  lines.push('', 'targets (issue 3; tree-*: issue 4):');
  for (const c of cases) {
    for (const t of c.targets) lines.push(`  ${t.pass ? 'PASS' : 'MISS'}  ${c.id.padEnd(16)} ${t.label}: ${t.actual}`);
  }
  const belowFloor = cases.flatMap((c) => (c.floor !== undefined && c.floor.targetSeconds < c.floor.seconds ? [{ c, floor: c.floor }] : []));
  if (belowFloor.length > 0) lines.push('', "targets below this machine's floor, (baseline's CPU + the server's CPU for it) / cores:");
  for (const { c, floor } of belowFloor) {
    lines.push(`  ${c.id.padEnd(16)} target ${floor.targetSeconds.toFixed(2)} s < ${floor.seconds.toFixed(2)} s on ${floor.cores} cores for a client as lean as ${c.baseline}`);
  }
  if (notes.length > 0) lines.push('', 'failed runs (excluded from the medians):', ...notes.map((n) => `  ${n}`));
  return lines.join('\n');
}

/** The measurements (IPC latency, UI, publish) as text: each one's figures and target verdicts. */
export function formatMeasurements(results: readonly MeasurementResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${r.id} — ${r.title} (${r.seconds.toFixed(0)} s)`, ...r.lines.map((l) => `  ${l}`));
    for (const t of r.targets) lines.push(`  ${t.pass ? 'PASS' : 'MISS'}  ${t.label}: ${t.actual}`);
  }
  return lines.join('\n');
}

/** Writes the whole result, run by run, as JSON (measurements under their own key). */
export async function writeJson(
  path: string,
  meta: Record<string, unknown>,
  cases: readonly CaseSummary[],
  measurements: readonly MeasurementResult[] = [],
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify({ meta, cases, measurements }, null, 2)}\n`);
}
