/** Reads smaller than this go to a fresh slab: the rest of the old one is too small for a good read. */
const minReadBytes = 64 * 1024;

/** A transfer's first slab: a small file should not cost a 1 MiB allocation; later slabs grow ×4 to full size. */
const firstSlabBytes = 64 * 1024;

/** Free slabs kept per size for reuse: enough for a batch in flight, one gathering and one being read. */
const maxFreePerSize = 4;

const freeSlabs = new Map<number, Buffer[]>();

interface SlabUse {
  /** Bytes of this slab handed out and not yet released. */
  outstanding: number;
  /** No more reads go into it: it is free once `outstanding` is 0. */
  retired: boolean;
}

/**
 * Read buffers for one socket's `onread`, handed out copy-free: each read lands right after the previous one
 * in a slab (64 KiB for a transfer's first read, then up to 1 MiB), and the bytes read are passed on as a
 * slice of it (consecutive reads are contiguous, so a BatchWriter writes them as one). A slab is never written again while any slice of it may be referenced:
 * with `recycle` (only for destinations known to drop a chunk once its write completed) slabs return to a
 * process-wide pool when every slice was released; otherwise they are left to the garbage collector.
 */
export class ReadSlabs {
  private slab: Buffer | undefined;
  private offset = 0;
  private given: Buffer | undefined;
  private nextSize: number;
  private readonly uses = new Map<ArrayBufferLike, SlabUse>();

  constructor(
    private readonly slabSize: number,
    private readonly recycle: boolean,
  ) {
    this.nextSize = Math.min(firstSlabBytes, slabSize);
  }

  /** The next read's buffer (the `onread.buffer` function): the unused rest of the current slab. */
  next(): Buffer {
    if (this.slab === undefined || this.slab.length - this.offset < Math.min(minReadBytes, this.slabSize)) {
      this.retireCurrent();
      const slab = takeFreeSlab(this.slabSize) ?? takeFreeSlab(this.nextSize) ?? Buffer.allocUnsafe(this.nextSize);
      this.nextSize = Math.min(this.slabSize, this.nextSize * 4);
      this.slab = slab;
      this.offset = 0;
      // Slabs are told apart by their ArrayBuffer: only one that is a whole slab can be recycled.
      const own = slab.byteOffset === 0 && slab.buffer.byteLength === slab.length;
      if (this.recycle && own) this.uses.set(slab.buffer, { outstanding: 0, retired: false });
    }
    this.given = this.slab.subarray(this.offset);
    return this.given;
  }

  /** The `length` bytes just read into `buffer` (what `next` gave out), as a slice that is never overwritten. */
  take(length: number, buffer: Uint8Array): Buffer {
    const slab = this.slab;
    // Defensive: should Node ever read into another buffer, copy as before rather than hand out a wrong slice.
    if (slab === undefined || buffer !== this.given) return Buffer.from(buffer.subarray(0, length));
    const chunk = slab.subarray(this.offset, this.offset + length);
    this.offset += length;
    const use = this.uses.get(slab.buffer);
    if (use !== undefined) use.outstanding += length;
    return chunk;
  }

  /** The destination is done with these slices (their write completed). */
  release(chunks: readonly Buffer[]): void {
    for (const chunk of chunks) {
      const use = this.uses.get(chunk.buffer);
      if (use === undefined) continue;
      use.outstanding -= chunk.length;
      if (use.retired && use.outstanding <= 0) this.free(chunk.buffer);
    }
  }

  /** No more reads: the current slab goes back to the pool once its slices are released. */
  close(): void {
    this.retireCurrent();
    this.slab = undefined;
    this.given = undefined;
  }

  private retireCurrent(): void {
    if (this.slab === undefined) return;
    const use = this.uses.get(this.slab.buffer);
    if (use === undefined) return;
    use.retired = true;
    if (use.outstanding <= 0) this.free(this.slab.buffer);
  }

  private free(key: ArrayBufferLike): void {
    this.uses.delete(key);
    const size = key.byteLength;
    const list = freeSlabs.get(size) ?? [];
    freeSlabs.set(size, list);
    if (list.length < maxFreePerSize) list.push(Buffer.from(key as ArrayBuffer, 0, size));
  }
}

function takeFreeSlab(size: number): Buffer | undefined {
  return freeSlabs.get(size)?.pop();
}
