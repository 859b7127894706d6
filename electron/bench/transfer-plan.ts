import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { RunningServer } from '../test-support/ftp-servers/index.js';
import type { BenchCase, ClientName } from './cases.js';
import type { DriverSpec } from './driver-spec.js';
import type { ExecuteContext, PreparedRun } from './run-plan.js';
import { expectSameTree } from './transfer-verify.js';

/**
 * Moves a run's 2 000 files aside, into `trash` (deleted with the bench's scratch folder or the server's
 * root at the end), instead of deleting them between runs. On ext4 the next run's file creations would
 * otherwise scan past every inode freed in the last minutes (`recently_deleted`, `find_inode_bit` in
 * perf): that doubled lftp's time and made every wall time swing with how recently a run had deleted.
 */
async function setAside(path: string, trash: string): Promise<void> {
  await mkdir(trash, { recursive: true });
  try {
    await rename(path, join(trash, `${basename(path)}-${randomUUID()}`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

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
      cleanup: () => setAside(base.local, join(dirname(base.local), 'tree-trash')),
    };
  }
  const remote = `${tree.uploadDir}/${client}-${runIndex}`;
  const landed = join(server.root, remote);
  await rm(landed, { recursive: true, force: true });
  return {
    spec: { ...common, op: 'tree-up', local: tree.sourcePath, remote },
    check: (_m, deep) => expectSameTree(landed, tree, deep),
    cleanup: () => setAside(landed, join(server.root, 'tree-trash')),
  };
}
