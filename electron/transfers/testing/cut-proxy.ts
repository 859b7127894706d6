import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { Transform } from 'node:stream';

/**
 * A TCP proxy in front of a plain-FTP server that carries the data connections too (it rewrites 229/227
 * replies to its own ports), throttles data, records the client's commands, and can "take the server down":
 * `cut(ms)` drops every connection and drops new ones at once for `ms`, then serves again on the same port.
 */
export interface CutProxy {
  readonly port: number;
  /** Command lines the client sent, in order. */
  readonly commands: string[];
  cut(downMs: number): Promise<void>;
  close(): Promise<void>;
}

function throttle(bytesPerSecond: number): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      this.push(chunk);
      setTimeout(callback, (chunk.length / bytesPerSecond) * 1000);
    },
  });
}

/** Starts the proxy on 127.0.0.1 forwarding to `targetPort`. */
export async function startCutProxy(targetPort: number, dataBytesPerSecond: number): Promise<CutProxy> {
  const sockets = new Set<Socket>();
  const dataServers = new Set<Server>();
  const commands: string[] = [];
  const track = (socket: Socket): Socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    return socket;
  };

  const openDataForwarder = async (serverPort: number): Promise<number> => {
    const server = createServer((client) => {
      track(client);
      const upstream = track(connect(serverPort, '127.0.0.1'));
      client.pipe(throttle(dataBytesPerSecond)).pipe(upstream);
      upstream.pipe(throttle(dataBytesPerSecond)).pipe(client);
      server.close();
    });
    dataServers.add(server);
    server.on('close', () => dataServers.delete(server));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as AddressInfo).port;
  };

  const handleControl = (client: Socket): void => {
    track(client);
    const upstream = track(connect(targetPort, '127.0.0.1'));
    let fromClient = '';
    client.on('data', (chunk: Buffer) => {
      fromClient += chunk.toString('latin1');
      for (let end = fromClient.indexOf('\r\n'); end !== -1; end = fromClient.indexOf('\r\n')) {
        commands.push(fromClient.slice(0, end));
        fromClient = fromClient.slice(end + 2);
      }
      upstream.write(chunk);
    });
    let fromServer = '';
    let chain = Promise.resolve();
    upstream.on('data', (chunk: Buffer) => {
      fromServer += chunk.toString('latin1');
      const lines: string[] = [];
      for (let end = fromServer.indexOf('\r\n'); end !== -1; end = fromServer.indexOf('\r\n')) {
        lines.push(fromServer.slice(0, end));
        fromServer = fromServer.slice(end + 2);
      }
      chain = chain.then(async () => {
        for (const line of lines) client.write(`${await rewrite(line)}\r\n`);
      });
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  };

  const rewrite = async (line: string): Promise<string> => {
    const epsv = /^229 (.*)\(\|\|\|(\d+)\|\)/.exec(line);
    if (epsv !== null) return `229 ${epsv[1]}(|||${await openDataForwarder(Number(epsv[2]))}|)`;
    const pasv = /^227 .*?(\d+),(\d+),(\d+),(\d+),(\d+),(\d+)/.exec(line);
    if (pasv !== null) {
      const port = await openDataForwarder(Number(pasv[5]) * 256 + Number(pasv[6]));
      return `227 Entering Passive Mode (127,0,0,1,${port >> 8},${port & 255})`;
    }
    return line;
  };

  // While "down", connections are accepted and dropped at once rather than the port being closed: a closed
  // port can be taken by any other process of a parallel test run in the meantime, and listening again then
  // fails (which hung this proxy's tests once in CI).
  let downUntil = 0;
  const listener = createServer((client) => {
    if (Date.now() < downUntil) client.destroy();
    else handleControl(client);
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const port = (listener.address() as AddressInfo).port;

  const dropAll = (): void => {
    for (const server of dataServers) server.close();
    for (const socket of sockets) socket.destroy();
  };

  return {
    port,
    commands,
    async cut(downMs) {
      downUntil = Date.now() + downMs;
      dropAll();
      await new Promise((resolve) => setTimeout(resolve, downMs));
    },
    async close() {
      dropAll();
      await new Promise<void>((resolve) => listener.close(() => resolve()));
    },
  };
}
