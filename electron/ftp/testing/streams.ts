import { Readable, Writable } from 'node:stream';

/** A Writable that keeps everything written, for comparing downloads byte for byte. */
export function collector(): { writable: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  return {
    writable: new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
    }),
    bytes: () => Buffer.concat(chunks),
  };
}

/** A Readable over a buffer, in 64 KiB chunks. */
export function source(bytes: Uint8Array): Readable {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += 65536) chunks.push(Buffer.from(bytes.subarray(at, at + 65536)));
  return Readable.from(chunks);
}

/** Deterministic pseudo-random bytes (xorshift), so a mismatch is reproducible. */
export function randomBytes(length: number, seed = 0x9e3779b9): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i += 1) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}
