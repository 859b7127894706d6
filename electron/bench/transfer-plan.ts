import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunningServer } from '../test-support/ftp-servers/index.js';
import type { BenchCase, ClientName } from './cases.js';
import type { DriverSpec } from './driver-spec.js';
import type { ExecuteContext, PreparedRun } from './run-plan.js';
import { expectSameTree } from './transfer-verify.js';

/**
 * A tree run (issue 4): a fresh local folder for a download, a fresh remote folder for an upload (neither
 * exists before, as for a first mirror); afterwards every file's size and a sample's SHA-256 are checked
 * (every file's hash on the client's first run).
 */
export async function prepareTreeRun(
  c: BenchCase,
  client: ClientName,
  base: Omit<DriverSpec, 'op' | 'remote' | 'tlsMaxVersion'>,
  runIndex: number,
  ctx: ExecuteContext,
  server: RunningServer,
): Promise<PreparedRun> {
  const { tree } = ctx;
  if (tree === undefined) throw new Error(`case ${c.id} needs the tree fixtures`);
  const common = { ...base, parallel: c.parallel ?? 4, fingerprint256: server.fingerprint256 };
  if (c.kind === 'tree-down') {
    await rm(base.local, { recursive: true, force: true });
    return {
      spec: { ...common, op: 'tree-down', remote: tree.remoteDir },
      check: (_m, deep) => expectSameTree(base.local, tree, deep),
      cleanup: () => rm(base.local, { recursive: true, force: true }),
    };
  }
  const remote = `${tree.uploadDir}/${client}-${runIndex}`;
  const landed = join(server.root, remote);
  await rm(landed, { recursive: true, force: true });
  return {
    spec: { ...common, op: 'tree-up', local: tree.sourcePath, remote },
    check: (_m, deep) => expectSameTree(landed, tree, deep),
    cleanup: () => rm(landed, { recursive: true, force: true }),
  };
}
