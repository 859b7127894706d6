import { createServer, connect, type AddressInfo, type Socket } from 'node:net';

/** A loopback TCP proxy whose connections a test can cut, to simulate a lost control connection. */
export interface TcpProxy {
  readonly port: number;
  /** Destroys every proxied connection (both sides), like a dropped network link. */
  cutAll(): void;
  readonly connections: number;
  /** Connections open right now. */
  readonly open: number;
  close(): Promise<void>;
}

/** Forwards 127.0.0.1:<port> to 127.0.0.1:<targetPort>; `port` 0 (default) picks a free one. */
export async function startTcpProxy(targetPort: number, port = 0): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  let total = 0;
  const server = createServer((client) => {
    total++;
    const upstream = connect({ host: '127.0.0.1', port: targetPort });
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const drop = (): void => {
      client.destroy();
      upstream.destroy();
      pairs.delete(pair);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    get connections() {
      return total;
    },
    get open() {
      return pairs.size;
    },
    cutAll() {
      for (const [a, b] of pairs) {
        a.destroy();
        b.destroy();
      }
      pairs.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const [a, b] of pairs) {
          a.destroy();
          b.destroy();
        }
        server.close(() => resolve());
      }),
  };
}
