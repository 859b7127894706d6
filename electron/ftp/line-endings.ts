import { Transform, type TransformCallback } from 'node:stream';

/**
 * ASCII-mode download: the wire uses CRLF (RFC 959 §3.1.1.1); turns every CRLF into LF, keeping a CR that
 * ends a chunk until the next chunk shows whether LF follows.
 */
export function crlfToLf(): Transform {
  let heldCr = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      let input = heldCr ? Buffer.concat([Buffer.from([0x0d]), chunk]) : chunk;
      heldCr = input.length > 0 && input[input.length - 1] === 0x0d;
      if (heldCr) input = input.subarray(0, input.length - 1);
      const parts: Buffer[] = [];
      let start = 0;
      for (let i = input.indexOf(0x0d); i !== -1; i = input.indexOf(0x0d, i + 1)) {
        if (input[i + 1] === 0x0a) {
          parts.push(input.subarray(start, i));
          start = i + 1;
        }
      }
      parts.push(input.subarray(start));
      callback(null, parts.length === 1 ? parts[0] : Buffer.concat(parts));
    },
    flush(callback: TransformCallback) {
      callback(null, heldCr ? Buffer.from([0x0d]) : undefined);
    },
  });
}

/** ASCII-mode upload: turns each bare LF into CRLF, leaving existing CRLF alone (also across chunk edges). */
export function lfToCrlf(): Transform {
  let previous = -1;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      const parts: Buffer[] = [];
      let start = 0;
      for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) {
        const before = i === 0 ? previous : chunk[i - 1];
        if (before !== 0x0d) {
          parts.push(chunk.subarray(start, i), Buffer.from([0x0d]));
          start = i;
        }
      }
      parts.push(chunk.subarray(start));
      if (chunk.length > 0) previous = chunk[chunk.length - 1] ?? -1;
      callback(null, parts.length === 1 ? parts[0] : Buffer.concat(parts));
    },
  });
}
