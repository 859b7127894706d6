import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { chmod, chown, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerKind } from './types.js';
import { isProcessAlive, removeOnExit } from './exit-cleanup.js';
import type { TestUser } from './test-user.js';

/** One server's temp folder: `root` is the FTP user's home, `work` holds config, logs, pid files. */
export interface TempRoot {
  readonly base: string;
  readonly root: string;
  readonly work: string;
  /** Removes everything; safe to call twice. */
  remove(): void;
}

const prefix = 'ferry-ftp-';

/**
 * Removes folders left by test processes that died without cleaning up: vitest ends its
 * workers without running 'exit' handlers, so a crashed test could leave its root behind.
 */
function sweepStale(): void {
  for (const name of readdirSync(tmpdir())) {
    const pid = /^ferry-ftp-[a-z-]+?-(\d+)-/.exec(name)?.[1];
    if (pid !== undefined && !isProcessAlive(Number(pid))) {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
    }
  }
}

/** Creates a fresh folder tree whose `root` belongs to the test user, so the servers can write there. */
export async function createTempRoot(kind: ServerKind, user: TestUser): Promise<TempRoot> {
  sweepStale();
  const base = mkdtempSync(join(tmpdir(), `${prefix}${kind}-${process.pid}-`));
  const unregister = removeOnExit(base);
  // mkdtemp gives 0700: the servers' unprivileged processes must traverse it to reach root.
  await chmod(base, 0o755);
  const root = join(base, 'root');
  const work = join(base, 'work');
  await mkdir(root, { mode: 0o755 });
  await mkdir(work, { mode: 0o755 });
  // vsftpd, proftpd and pure-ftpd write as the test user's uid after login.
  await chown(root, user.uid, user.gid);
  let removed = false;
  return {
    base,
    root,
    work,
    remove() {
      if (removed) return;
      removed = true;
      unregister();
      rmSync(base, { recursive: true, force: true });
    },
  };
}
