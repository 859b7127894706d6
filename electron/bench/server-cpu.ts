import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux). */
const ticksPerSecond = 100;

/**
 * cutime + cstime of a /proc/PID/stat line, in seconds: the CPU that the process's children used, counted
 * once they ended and were reaped. An FTP server forks a process per session, so the growth of its main
 * process's figure over a client's run is the server's work for that client.
 */
export function parseChildrenCpuSeconds(stat: string): number {
  // The command name is in parentheses and may hold spaces; fields after it start at field 3 (state).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cutime = Number(fields[13]);
  const cstime = Number(fields[14]);
  if (!Number.isFinite(cutime) || !Number.isFinite(cstime)) throw new Error(`not a /proc stat line: ${stat.slice(0, 80)}`);
  return (cutime + cstime) / ticksPerSecond;
}

/** CPU seconds used so far by the ended children of `pid`; undefined where /proc cannot tell. */
export function endedChildrenCpuSeconds(pid: number): number | undefined {
  try {
    return parseChildrenCpuSeconds(readFileSync(`/proc/${String(pid)}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Runs `work` and reports how much CPU the server's sessions used meanwhile. The sessions end when the
 * client quits; `settleMs` gives the server time to reap them before the second reading.
 */
export async function withServerCpu<T>(pid: number, work: () => Promise<T>, settleMs = 300): Promise<{ result: T; serverCpuSeconds: number | undefined }> {
  const before = endedChildrenCpuSeconds(pid);
  const result = await work();
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const after = endedChildrenCpuSeconds(pid);
  return { result, serverCpuSeconds: before === undefined || after === undefined ? undefined : after - before };
}
