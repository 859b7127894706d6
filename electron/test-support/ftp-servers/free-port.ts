import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isProcessAlive, onProcessExit } from './exit-cleanup.js';

/** A control port plus a passive range that no other harness user on this machine holds. */
export interface PortBlock {
  readonly controlPort: number;
  readonly passiveMin: number;
  readonly passiveMax: number;
  /** Gives the block back; safe to call twice. */
  release(): void;
}

const passiveCount = 20;
const blockSize = passiveCount + 4;
// Below Linux's ephemeral range (32768+), so outgoing connections never sit on our ports.
const firstPort = 20_000;
const blockCount = Math.floor((32_000 - firstPort) / blockSize);
const lockRoot = join(tmpdir(), 'ferry-ftp-ports');

/**
 * Claims block `index` with an atomic mkdir, because vitest runs test files in parallel and
 * other engineers run the harness concurrently: probing alone races between processes.
 */
function tryLock(index: number): string | undefined {
  const dir = join(lockRoot, `block-${index}`);
  try {
    mkdirSync(dir);
  } catch {
    let owner = Number.NaN;
    try {
      owner = Number(readFileSync(join(dir, 'pid'), 'utf8'));
    } catch {
      return undefined; // Being created right now by someone else.
    }
    if (Number.isNaN(owner) || isProcessAlive(owner)) return undefined;
    rmSync(dir, { recursive: true, force: true });
    return tryLock(index);
  }
  writeFileSync(join(dir, 'pid'), String(process.pid));
  return dir;
}

let swept = false;

/** Drops the locks of test processes that died without releasing them (once per process). */
function sweepStaleLocks(): void {
  if (swept) return;
  swept = true;
  for (const name of readdirSync(lockRoot)) {
    let owner = Number.NaN;
    try {
      owner = Number(readFileSync(join(lockRoot, name, 'pid'), 'utf8'));
    } catch {
      continue;
    }
    if (!Number.isNaN(owner) && !isProcessAlive(owner)) rmSync(join(lockRoot, name), { recursive: true, force: true });
  }
}

function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

async function allBindable(ports: number[]): Promise<boolean> {
  const results = await Promise.all(ports.map(canBind));
  return results.every(Boolean);
}

/** Finds a control port and a 20-port passive range on 127.0.0.1, free now and locked for this process. */
export async function claimPortBlock(): Promise<PortBlock> {
  if (mkdirSync(lockRoot, { recursive: true }) !== undefined) {
    // Shared by every user of the machine, like /tmp itself.
    chmodSync(lockRoot, 0o1777);
  }
  sweepStaleLocks();
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const index = Math.floor(Math.random() * blockCount);
    const lock = tryLock(index);
    if (lock === undefined) continue;
    const base = firstPort + index * blockSize;
    const ports = Array.from({ length: passiveCount + 1 }, (_, i) => base + i);
    let released = false;
    const unregister = onProcessExit(() => rmSync(lock, { recursive: true, force: true }));
    const release = (): void => {
      if (released) return;
      released = true;
      unregister();
      rmSync(lock, { recursive: true, force: true });
    };
    if (await allBindable(ports)) {
      return { controlPort: base, passiveMin: base + 1, passiveMax: base + passiveCount, release };
    }
    release();
  }
  throw new Error('no free port range found for a test FTP server on 127.0.0.1 (20000-32000)');
}
