import type * as fs from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FileSink, fileSinkWriteBytes } from './file-sink.js';
import { randomBytes } from './testing/streams.js';

const writeLengths: number[] = [];
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  return {
    ...real,
    writeSync: (...args: unknown[]) => {
      writeLengths.push(args[3] as number);
      return (real.writeSync as (...a: unknown[]) => number)(...args);
    },
  };
});

describe('FileSink', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ferry-file-sink-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes chunks in order, in writes of at most 64 KiB, and reports its progress', async () => {
    const path = join(dir, 'ordered.bin');
    const data = randomBytes(1024 * 1024 + 12_345, 3);
    const progress: number[] = [];
    const sink = await FileSink.open(path, { onWrite: (bytes) => progress.push(bytes) });
    writeLengths.length = 0;
    sink.write(data.subarray(0, 1000));
    sink.cork();
    sink.write(data.subarray(1000, 500_000));
    sink.write(data.subarray(500_000));
    process.nextTick(() => sink.uncork());
    sink.end();
    await finished(sink);
    expect((await readFile(path)).equals(data)).toBe(true);
    expect(sink.bytesWritten).toBe(data.length);
    expect(progress[progress.length - 1]).toBe(data.length);
    expect(Math.max(...writeLengths)).toBe(fileSinkWriteBytes);
    expect(writeLengths.reduce((sum, length) => sum + length, 0)).toBe(data.length);
    expect(sink.closed).toBe(true);
  });

  it('continues an existing file at an offset, keeping what was there', async () => {
    const path = join(dir, 'resumed.bin');
    await writeFile(path, 'hello, ');
    const sink = await FileSink.open(path, { flags: 'r+', start: 7 });
    sink.end(Buffer.from('world'));
    await finished(sink);
    expect(await readFile(path, 'utf8')).toBe('hello, world');
    expect(sink.bytesWritten).toBe(5);
  });

  it('refuses to open an existing file with wx', async () => {
    const path = join(dir, 'taken.txt');
    await writeFile(path, 'mine');
    await expect(FileSink.open(path, { flags: 'wx' })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(path, 'utf8')).toBe('mine');
  });

  it('fails with the system error when the disk is full, and closes the file', async () => {
    const sink = await FileSink.open('/dev/full');
    const failed = new Promise<NodeJS.ErrnoException>((resolve) => sink.once('error', resolve));
    sink.write(Buffer.alloc(1000));
    expect((await failed).code).toBe('ENOSPC');
    await new Promise((resolve) => (sink.closed ? resolve(undefined) : sink.once('close', resolve)));
    expect(sink.destroyed).toBe(true);
    expect(sink.bytesWritten).toBe(0);
  });
});
