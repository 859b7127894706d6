import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { endedChildrenCpuSeconds, parseChildrenCpuSeconds, withServerCpu } from './server-cpu.js';

describe('server CPU from /proc', () => {
  it('reads cutime and cstime, also when the command name holds spaces and parentheses', () => {
    const stat = '4242 (vs ftpd) (x)) S 1 4242 4242 0 -1 4194560 100 200 0 0 7 3 150 90 20 0 1 0 500 1000 200 1844 0 0 0';
    expect(parseChildrenCpuSeconds(stat)).toBeCloseTo(2.4);
    expect(() => parseChildrenCpuSeconds('garbage')).toThrow(/not a \/proc stat line/);
  });

  it("counts a child's CPU once it ended, as a server's sessions are counted", async () => {
    const { serverCpuSeconds } = await withServerCpu(
      process.pid,
      async () => {
        // A child that burns ~0.3 s of CPU, reaped before spawnSync returns.
        spawnSync(process.execPath, ['-e', 'const end = Date.now() + 300; while (Date.now() < end);']);
      },
      0,
    );
    expect(serverCpuSeconds).toBeGreaterThanOrEqual(0.2);
    expect(endedChildrenCpuSeconds(-1)).toBeUndefined();
  });
});
