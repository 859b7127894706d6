import { createHash, randomBytes } from 'node:crypto';
import { chown, link, mkdtemp, open, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDirectory, writeFixture, type RunningServer } from '../test-support/ftp-servers/index.js';

/** Sizes of the data sets: the 1 GiB and 2000 × 16 KiB, smaller with `--quick`. */
export interface FixtureSizes {
  readonly bigBytes: number;
  readonly smallCount: number;
  readonly smallBytes: number;
}

/** What the cases transfer, as files in every server's root (same content everywhere). */
export interface BenchFixtures extends FixtureSizes {
  /** Remote name of the big file, and its local path (in the first server's root) as the upload source. */
  readonly bigName: string;
  readonly bigPath: string;
  readonly bigSha256: string;
  /** Remote folder of the small files, and that folder's local path for content checks. */
  readonly smallDir: string;
  readonly smallPath: string;
  /** Remote folder uploads go to. */
  readonly uploadDir: string;
  /** The servers' certificate as a PEM file, for clients that verify it. */
  readonly caFile: string;
  /** Local scratch folder for downloads. */
  readonly scratch: string;
}

const blockBytes = 1024 * 1024;

/**
 * Writes `size` bytes of one random 1 MiB block repeated, each copy stamped with its index so that a
 * client that reorders or repeats blocks fails the SHA-256 check; returns the hex digest.
 */
export async function writeBigFile(path: string, size: number): Promise<string> {
  const block = randomBytes(blockBytes);
  const hash = createHash('sha256');
  const handle = await open(path, 'w');
  try {
    for (let offset = 0, index = 0; offset < size; offset += blockBytes, index += 1) {
      block.writeBigUInt64BE(BigInt(index), 0);
      const chunk = block.subarray(0, Math.min(blockBytes, size - offset));
      hash.update(chunk);
      await handle.write(chunk, 0, chunk.length, offset);
    }
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

/** Fills every server root: the big file (written once, hard-linked), the small files, an upload folder. */
export async function prepareFixtures(servers: readonly RunningServer[], sizes: FixtureSizes): Promise<BenchFixtures> {
  const [first] = servers;
  if (first === undefined) throw new Error('no server to prepare');
  const bigName = 'big.bin';
  const bigPath = join(first.root, bigName);
  const bigSha256 = await writeBigFile(bigPath, sizes.bigBytes);
  await chown(bigPath, first.owner.uid, first.owner.gid);
  const smallDir = 'many';
  const uploadDir = 'up';
  const contents = Array.from({ length: sizes.smallCount }, () => randomBytes(sizes.smallBytes));
  for (const server of servers) {
    if (server !== first) await link(bigPath, join(server.root, bigName));
    await makeDirectory(server, uploadDir);
    await makeDirectory(server, smallDir);
    for (const [index, content] of contents.entries()) await writeFixture(server, join(smallDir, smallName(index)), content);
  }
  const scratch = await mkdtemp(join(tmpdir(), 'ferry-bench-'));
  const caFile = join(scratch, 'server-cert.pem');
  await writeFile(caFile, first.certificatePem);
  return { ...sizes, bigName, bigPath, bigSha256, smallDir, smallPath: join(first.root, smallDir), uploadDir, caFile, scratch };
}

/** Name of the small file number `index`: zero-padded so listings sort like creation order. */
export function smallName(index: number): string {
  return `f${String(index).padStart(4, '0')}.bin`;
}
