import { chown, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { RunningServer } from './types.js';

/**
 * Creates a file under the server's root owned by the FTP user, so the server may later
 * overwrite, rename or delete it (a root-owned fixture would give 550 on vsftpd, proftpd, pure-ftpd).
 */
export async function writeFixture(
  server: RunningServer,
  relativePath: string,
  content: string | Uint8Array,
): Promise<string> {
  const target = join(server.root, relativePath);
  const rel = relative(server.root, target);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`)) throw new Error(`fixture path escapes the root: ${relativePath}`);
  await makeDirectory(server, dirname(rel));
  await writeFile(target, content);
  await chown(target, server.owner.uid, server.owner.gid);
  return target;
}

/** Creates a folder (and parents) under the server's root owned by the FTP user. */
export async function makeDirectory(server: RunningServer, relativePath: string): Promise<string> {
  const parts = relativePath.split(sep).filter((p) => p !== '' && p !== '.');
  let current = server.root;
  for (const part of parts) {
    current = join(current, part);
    await mkdir(current, { recursive: true });
    await chown(current, server.owner.uid, server.owner.gid);
  }
  return current;
}
