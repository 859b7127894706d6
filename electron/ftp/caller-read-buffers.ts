import { Socket } from 'node:net';

/** What `net.connect`'s `onread` option takes: where the next read goes, and what to do with it. */
export interface CallerReadBuffers {
  buffer: () => Buffer;
  callback: (length: number, buffer: Uint8Array) => boolean;
}

interface OnreadFields {
  readonly buffer: symbol;
  readonly generator: symbol;
  readonly callback: symbol;
}

let fields: OnreadFields | null | undefined;

/**
 * Finds the socket fields through which Node's `onread` option works, by making a socket with that option
 * and checking that each field holds what was passed; null when this Node stores it differently.
 */
function onreadFields(): OnreadFields | null {
  if (fields !== undefined) return fields;
  const buffer = (): Buffer => Buffer.alloc(1);
  const callback = (): boolean => true;
  // Node takes `onread` in the Socket constructor too; @types/node lists it only for net.connect.
  const probe = new Socket({ onread: { buffer, callback } } as ConstructorParameters<typeof Socket>[0]);
  const byName = new Map(Object.getOwnPropertySymbols(probe).map((symbol) => [symbol.description, symbol]));
  const own = probe as unknown as Record<symbol, unknown>;
  const found = { buffer: byName.get('kBuffer'), generator: byName.get('kBufferGen'), callback: byName.get('kBufferCb') };
  probe.destroy();
  const usable =
    found.buffer !== undefined &&
    found.generator !== undefined &&
    found.callback !== undefined &&
    own[found.generator] === buffer &&
    own[found.callback] === callback;
  fields = usable ? (found as OnreadFields) : null;
  return fields;
}

/**
 * Makes `socket` read into the caller's buffers, as if it had been created with `onread`. Node honours that
 * option for TLS only when `tls.connect` dials the connection itself, and an FTPS data connection has to
 * wrap a socket that is already connected (the handshake must wait for the server's 1xx). Without it, every
 * 16 KiB TLS record lands in a freshly allocated Buffer that lives until the next garbage collection: about
 * 50 MB of new heap per download and a page fault per 4 KiB touched (the bench's 1 GiB FTPS download to a
 * file took ~15 000 faults where curl takes ~700, and up to 1.8× curl's time on a VM whose balloon hands
 * freed pages back to the host). This sets the same socket fields and native user buffer that `onread`
 * sets, so the TLS layer decrypts straight into the caller's buffer. It relies on Node internals, found and
 * checked at run time: returns false, changing nothing, when this Node does not have them (the socket then
 * emits 'data' as usual). Call it before the handshake completes, so no data is read the old way first.
 */
export function readIntoCallerBuffers(socket: Socket, onread: CallerReadBuffers): boolean {
  const found = onreadFields();
  const handle = (socket as unknown as { _handle?: { useUserBuffer?: (buffer: Uint8Array) => void } })._handle;
  if (found === null || typeof handle?.useUserBuffer !== 'function') return false;
  const first = onread.buffer();
  const own = socket as unknown as Record<symbol, unknown>;
  own[found.buffer] = first;
  own[found.generator] = onread.buffer;
  own[found.callback] = onread.callback;
  handle.useUserBuffer(first);
  return true;
}
