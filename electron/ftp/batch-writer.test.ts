import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BatchWriter } from './batch-writer.js';

/** A destination that records each write call (sizes) and whose writes complete when told to. */
function recorder(options: { writev: boolean; manual?: boolean }) {
  const calls: number[][] = [];
  const received: Buffer[] = [];
  const waiting: Array<() => void> = [];
  const complete = (callback: () => void): void => {
    if (options.manual === true) waiting.push(callback);
    else callback();
  };
  const sink = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _encoding, callback) {
      calls.push([chunk.length]);
      received.push(Buffer.from(chunk));
      complete(callback);
    },
    ...(options.writev
      ? {
          writev(chunks: Array<{ chunk: Buffer }>, callback: () => void) {
            calls.push(chunks.map(({ chunk }) => chunk.length));
            for (const { chunk } of chunks) received.push(Buffer.from(chunk));
            complete(callback);
          },
        }
      : {}),
  });
  return { sink, calls, bytes: () => Buffer.concat(received), completeNext: () => waiting.shift()?.() };
}

function pattern(length: number, seed: number): Buffer {
  return Buffer.from(Array.from({ length }, (_, index) => (index * 7 + seed) % 251));
}

describe('BatchWriter', () => {
  it.each([
    { writev: false, expected: [[64 * 1024], [32 * 1024]] },
    { writev: true, expected: [[16 * 1024, 16 * 1024, 16 * 1024, 16 * 1024], [16 * 1024, 16 * 1024]] },
  ])('gathers small chunks into batches (writev: $writev)', async ({ writev, expected }) => {
    const dest = recorder({ writev });
    const writer = new BatchWriter(dest.sink, { batchBytes: 64 * 1024, onReady: () => undefined });
    const chunks = Array.from({ length: 6 }, (_, index) => pattern(16 * 1024, index));
    for (const chunk of chunks) writer.push(chunk);
    await writer.finish();
    expect(dest.calls).toEqual(expected);
    expect(dest.bytes().equals(Buffer.concat(chunks))).toBe(true);
  });

  it('merges contiguous slices of one buffer without copying', async () => {
    const dest = recorder({ writev: true });
    const slab = pattern(100, 3);
    const writer = new BatchWriter(dest.sink, { batchBytes: 1024, onReady: () => undefined });
    writer.push(slab.subarray(0, 40));
    writer.push(slab.subarray(40, 70));
    writer.push(Buffer.from('xyz'));
    writer.push(slab.subarray(70, 100));
    await writer.finish();
    expect(dest.calls).toEqual([[70, 3, 30]]);
  });

  it('asks the source to pause while a full batch waits behind one in flight, and resumes it', async () => {
    const dest = recorder({ writev: false, manual: true });
    let ready = 0;
    const written: number[] = [];
    const writer = new BatchWriter(dest.sink, {
      batchBytes: 100,
      onReady: () => (ready += 1),
      onWritten: (chunks) => written.push(chunks.reduce((sum, chunk) => sum + chunk.length, 0)),
    });
    expect(writer.push(Buffer.alloc(100))).toBe(true); // written at once
    expect(writer.push(Buffer.alloc(60))).toBe(true);
    expect(writer.push(Buffer.alloc(60))).toBe(false); // 120 gathered, one batch still in flight
    expect(dest.calls).toEqual([[100]]);
    dest.completeNext();
    await new Promise((resolve) => setImmediate(resolve));
    expect(ready).toBe(1);
    expect(written).toEqual([100]);
    expect(dest.calls).toEqual([[100], [120]]);
    const done = writer.finish();
    dest.completeNext();
    await done;
    expect(written).toEqual([100, 120]);
  });

  it('writes a partial batch after a short idle time', async () => {
    const dest = recorder({ writev: false });
    const writer = new BatchWriter(dest.sink, { batchBytes: 1024 * 1024, onReady: () => undefined });
    writer.push(Buffer.alloc(10));
    expect(dest.calls).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(dest.calls).toEqual([[10]]);
    writer.dispose();
  });

  it('finishes at once when nothing is pending, and drops pushes after dispose', async () => {
    const dest = recorder({ writev: false });
    const writer = new BatchWriter(dest.sink, { onReady: () => undefined });
    await writer.finish();
    writer.dispose();
    expect(writer.push(Buffer.alloc(5))).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(dest.calls).toEqual([]);
  });
});
