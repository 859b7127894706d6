import { createWriteStream, rmSync, WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { dropsWrittenChunks } from './fast-read.js';
import { FileSink } from './file-sink.js';
import { ReadSlabs } from './read-slabs.js';

/** Simulates what Node's `onread` does: ask for a buffer, fill `length` bytes of it, report them. */
function read(slabs: ReadSlabs, length: number, fill: number): Buffer {
  const buffer = slabs.next();
  buffer.fill(fill, 0, length);
  return slabs.take(length, buffer);
}

describe('ReadSlabs', () => {
  it('hands out consecutive reads as contiguous slices of one slab', () => {
    const slabs = new ReadSlabs(256 * 1024, false);
    read(slabs, 10, 0); // the small first slab
    const first = read(slabs, 100_000, 1);
    const second = read(slabs, 50_000, 2);
    expect(second.buffer).toBe(first.buffer);
    expect(second.byteOffset).toBe(first.byteOffset + first.length);
  });

  it('starts a transfer with a 64 KiB slab and grows to the full size', () => {
    const slabs = new ReadSlabs(1024 * 1024, false);
    const sizes: number[] = [];
    for (let index = 0; index < 4; index += 1) {
      const buffer = slabs.next();
      sizes.push(buffer.length);
      slabs.take(buffer.length, buffer); // fills the slab: the next read needs a new one
    }
    expect(sizes).toEqual([64 * 1024, 256 * 1024, 1024 * 1024, 1024 * 1024]);
  });

  it.each([false, true])('never overwrites a slice that was not released (recycle: %s)', (recycle) => {
    const slabs = new ReadSlabs(128 * 1024, recycle);
    const kept: Array<{ chunk: Buffer; fill: number }> = [];
    for (let index = 0; index < 40; index += 1) kept.push({ chunk: read(slabs, 30_000 + index, index % 200), fill: index % 200 });
    slabs.close();
    for (const { chunk, fill } of kept) expect(chunk.every((byte) => byte === fill)).toBe(true);
  });

  it('reuses a slab only once every slice of it was released, and only when recycling', () => {
    const size = 96 * 1024; // a size no other test uses: the pool of free slabs is per size
    const first = new ReadSlabs(size, true);
    const a = read(first, 40_000, 1);
    first.close();
    const second = new ReadSlabs(size, true);
    expect(read(second, 10, 2).buffer).not.toBe(a.buffer); // a is still outstanding
    first.release([a]);
    const third = new ReadSlabs(size, true);
    expect(read(third, 10, 3).buffer).toBe(a.buffer);
    const plain = new ReadSlabs(size + 4096, false);
    const b = read(plain, 40_000, 4);
    plain.release([b]);
    plain.close();
    expect(read(new ReadSlabs(size + 4096, false), 10, 5).buffer).not.toBe(b.buffer);
  });

  it('copies when Node reads into a buffer it did not give out', () => {
    const slabs = new ReadSlabs(64 * 1024, true);
    slabs.next();
    const foreign = Buffer.from('hello world');
    const chunk = slabs.take(5, foreign);
    foreign.fill(0);
    expect(chunk.toString()).toBe('hello');
  });
});

describe('dropsWrittenChunks', () => {
  const path = join(tmpdir(), `ferry-slabs-${process.pid}.tmp`);
  class Subclass extends WriteStream {}
  // fs.WriteStream takes (path, options) at run time; its typings only describe stream options.
  const WriteStreamLike = Subclass as unknown as new (file: string) => WriteStream;
  afterAll(() => rmSync(path, { force: true }));
  it('is true for a FileSink, which writes each chunk before its callback', async () => {
    const sink = await FileSink.open(path);
    expect(dropsWrittenChunks(sink)).toBe(true);
    sink.destroy();
  });

  it.each([
    { name: 'createWriteStream', make: () => createWriteStream(path), expected: true },
    { name: 'a generic Writable', make: () => new Writable({ write: (_c, _e, cb) => cb() }), expected: false },
    { name: 'a PassThrough', make: () => new PassThrough(), expected: false },
    { name: 'a WriteStream subclass', make: () => new WriteStreamLike(path), expected: false },
    {
      name: 'a WriteStream with a patched write',
      make: () => {
        const stream = createWriteStream(path);
        stream.write = stream.write.bind(stream);
        return stream;
      },
      expected: false,
    },
  ])('$name → $expected', ({ make, expected }) => {
    const stream = make();
    expect(dropsWrittenChunks(stream)).toBe(expected);
    stream.destroy();
  });
});
