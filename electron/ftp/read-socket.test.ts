import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { readSocket } from './read-socket.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A loopback connection whose server side does `serve` with its socket. */
async function connection(serve: (peer: Socket) => void): Promise<Socket> {
  server = createServer(serve);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve) => socket.once('connect', resolve));
  return socket;
}

describe('readSocket', () => {
  it('hands over every byte and resolves at the end', async () => {
    const socket = await connection((peer) => {
      peer.write('one\r\n');
      setTimeout(() => peer.end('two\r\n'), 5);
    });
    const chunks: Buffer[] = [];
    await readSocket(socket, (chunk) => chunks.push(chunk));
    expect(Buffer.concat(chunks).toString()).toBe('one\r\ntwo\r\n');
  });

  it('resolves for an empty stream', async () => {
    const socket = await connection((peer) => peer.end());
    let calls = 0;
    await readSocket(socket, () => (calls += 1));
    expect(calls).toBe(0);
  });

  it('rejects when the peer resets the connection', async () => {
    const socket = await connection((peer) => {
      peer.write('partial');
      setTimeout(() => peer.resetAndDestroy(), 5);
    });
    await expect(readSocket(socket, () => undefined)).rejects.toMatchObject({ code: 'ECONNRESET' });
  });

  it('rejects as a premature close when the socket is destroyed before its end', async () => {
    const socket = await connection((peer) => peer.write('partial'));
    const reading = readSocket(socket, () => setImmediate(() => socket.destroy()));
    await expect(reading).rejects.toMatchObject({ code: 'ERR_STREAM_PREMATURE_CLOSE' });
  });

  it('rejects with the error onChunk throws and destroys the socket', async () => {
    const socket = await connection((peer) => peer.write('bad line'));
    const failure = new Error('unparsable');
    await expect(
      readSocket(socket, () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(socket.destroyed).toBe(true);
  });
});
