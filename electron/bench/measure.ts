import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A command line to run as one measured process. */
export interface CommandLine {
  readonly command: string;
  readonly args: readonly string[];
}

/** One measured process: wall time from spawn to exit, GNU time's peak resident set size and CPU time. */
export interface Measurement {
  readonly wallSeconds: number;
  /** User + system CPU seconds: far less disturbed than wall time when other work shares the cores. */
  readonly cpuSeconds: number;
  /** Maximum RSS in KiB (`%M`), of the process or its largest descendant. */
  readonly peakRssKiB: number;
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

const timeBinary = '/usr/bin/time';
const keepChars = 16 * 1024;

const timeFormat = '%e %M %U %S';

/** Parses GNU time's `-f '%e %M %U %S'` output: the last line (a killed command adds a line before it). */
export function parseTimeOutput(text: string): { elapsed: number; maxRssKiB: number; cpuSeconds: number } {
  const line = text.trim().split('\n').at(-1) ?? '';
  const match = /^([\d.]+) (\d+) ([\d.]+) ([\d.]+)$/.exec(line.trim());
  if (match === null) throw new Error(`unexpected GNU time output: ${JSON.stringify(text)}`);
  return { elapsed: Number(match[1]), maxRssKiB: Number(match[2]), cpuSeconds: Number(match[3]) + Number(match[4]) };
}

/**
 * Runs `line` under GNU time. The wall time is our own high-resolution clock (GNU time's `%e` has only
 * 10 ms resolution), which includes the time binary's fork+exec (well under 1 ms).
 */
export async function measure(line: CommandLine, timeoutMs: number): Promise<Measurement> {
  const dir = await mkdtemp(join(tmpdir(), 'ferry-bench-time-'));
  const timeFile = join(dir, 'time.txt');
  try {
    const started = process.hrtime.bigint();
    const child = spawn(timeBinary, ['-f', timeFormat, '-o', timeFile, line.command, ...line.args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a timeout can stop the client and anything it started.
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout = (stdout + chunk.toString()).slice(-keepChars)));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-keepChars)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code, sig) => resolve([code, sig]));
    });
    const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    clearTimeout(timer);
    const parsed = timedOut ? { maxRssKiB: 0, cpuSeconds: 0 } : parseTimeOutput(await readFile(timeFile, 'utf8'));
    return { wallSeconds, cpuSeconds: parsed.cpuSeconds, peakRssKiB: parsed.maxRssKiB, exitCode, signal, stdout, stderr, timedOut };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
