import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer as collect } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileSource } from './file-source.js';
import { randomBytes } from './testing/streams.js';

const data = randomBytes(3 * 1024 * 1024 + 777, 5);

describe('FileSource', () => {
  let dir: string;
  let path: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ferry-file-source-'));
    path = join(dir, 'data.bin');
    await writeFile(path, data);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** A one-connection TCP server; `onSocket` gets the server's end. */
  async function pair(onSocket: (socket: Socket) => void): Promise<{ client: Socket; server: Server }> {
    const server = createServer(onSocket);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = connect((server.address() as AddressInfo).port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => client.once('connect', resolve).once('error', reject));
    return { client, server };
  }

  it('reads as an ordinary stream, from the start or an offset, and reports the file it opened', async () => {
    const whole = await FileSource.open(path);
    expect(whole.stat().size).toBe(data.length);
    expect((await collect(whole)).equals(data)).toBe(true);
    const rest = await FileSource.open(path, { start: 1_000_000 });
    expect((await collect(rest)).equals(data.subarray(1_000_000))).toBe(true);
    expect(whole.destroyed && rest.destroyed).toBe(true);
  });

  it('rejects with the system error for a missing file', async () => {
    await expect(FileSource.open(join(dir, 'missing.bin'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('sends every byte in order to a reader that keeps stopping, reusing its buffers, then closes the file', async () => {
    const received: Buffer[] = [];
    let done!: () => void;
    const all = new Promise<void>((resolve) => (done = resolve));
    const { client, server } = await pair((socket) => {
      // Stops reading now and then, so the sender meets backpressure and must wait for its buffers.
      socket.on('data', (chunk: Buffer) => {
        received.push(chunk);
        if (received.length % 7 === 0) {
          socket.pause();
          setTimeout(() => socket.resume(), 5);
        }
      });
      socket.on('end', () => {
        socket.end();
        done();
      });
    });
    const source = await FileSource.open(path, { start: 10 });
    let counted = 0;
    await source.sendTo(client, (chunk) => (counted += chunk.length));
    await all;
    server.close();
    expect(Buffer.concat(received).equals(data.subarray(10))).toBe(true);
    expect(counted).toBe(data.length - 10);
    expect(source.destroyed).toBe(true);
  });

  it('rejects like stream.pipeline when the socket is torn down midway (an abort), and closes the file', async () => {
    const { client, server } = await pair((socket) => socket.resume());
    const source = await FileSource.open(path);
    let chunks = 0;
    const error = await source
      .sendTo(client, () => {
        chunks += 1;
        if (chunks === 3) client.destroy();
      })
      .catch((e: unknown) => e);
    server.close();
    expect((error as NodeJS.ErrnoException).code).toBe('ERR_STREAM_PREMATURE_CLOSE');
    expect(source.destroyed).toBe(true);
  });
});
