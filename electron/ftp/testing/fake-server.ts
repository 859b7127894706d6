import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { TLSSocket } from 'node:tls';

/** Key and certificate (PEM) for a fake server speaking TLS. */
export interface FakeTlsIdentity {
  readonly key: string;
  readonly cert: string;
}

/** One client connection as the scripted fake server sees it. */
export interface FakeSession {
  readonly socket: Socket;
  /** Switches the control connection to TLS (call right after answering AUTH TLS with 234). */
  startTls(identity: FakeTlsIdentity): void;
  /** Writes raw text (add `\r\n` yourself: the point is to send odd things). */
  write(text: string | Buffer): void;
  /** Waits for the next command line from the client and returns it without CRLF. */
  nextCommand(): Promise<string>;
  /** Waits for a command, checks its verb, and answers with `reply` (CRLF appended). */
  expect(verb: string, reply?: string): Promise<string>;
  /** Opens a listener for a passive data connection on the server's host. */
  listenForData(): Promise<{ port: number; accept: Promise<Socket> }>;
}

/** A scripted FTP server for faults real servers never produce; `script` runs once per client connection. */
export interface FakeServer {
  readonly port: number;
  /** Every command line received, in order, across sessions. */
  readonly received: string[];
  /** Settles when the scripts for all connections so far have finished (rejects with a script's error). */
  done(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a fake server on `host` (127.0.0.1 by default, or ::1) and a free port. */
export async function startFakeServer(script: (session: FakeSession) => Promise<void>, host = '127.0.0.1'): Promise<FakeServer> {
  const received: string[] = [];
  const runs: Promise<void>[] = [];
  const sockets = new Set<Socket>();
  const servers = new Set<Server>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    runs.push(script(makeSession(socket, received, servers, host)));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return {
    port: (server.address() as AddressInfo).port,
    received,
    done: async () => {
      await Promise.all(runs);
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      for (const extra of servers) extra.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Runs the server side of a TLS handshake on a data socket; resolves once it is secure. */
export function acceptTls(socket: Socket, identity: FakeTlsIdentity): Promise<TLSSocket> {
  const secure = new TLSSocket(socket, { isServer: true, key: identity.key, cert: identity.cert });
  secure.on('error', () => undefined);
  return new Promise((resolve) => secure.once('secure', () => resolve(secure)));
}

function makeSession(raw: Socket, received: string[], servers: Set<Server>, host: string): FakeSession {
  const lines: string[] = [];
  const waiters: Array<(line: string) => void> = [];
  let buffer = '';
  let socket: Socket = raw;
  const onData = (chunk: Buffer): void => {
    buffer += chunk.toString('utf8');
    for (let end = buffer.indexOf('\r\n'); end !== -1; end = buffer.indexOf('\r\n')) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      received.push(line);
      const waiter = waiters.shift();
      if (waiter === undefined) lines.push(line);
      else waiter(line);
    }
  };
  raw.on('data', onData);
  const nextCommand = (): Promise<string> => {
    const line = lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    return new Promise((resolve) => waiters.push(resolve));
  };
  return {
    get socket() {
      return socket;
    },
    startTls(identity) {
      raw.off('data', onData);
      const secure = new TLSSocket(raw, { isServer: true, key: identity.key, cert: identity.cert });
      secure.on('error', () => undefined);
      secure.on('data', onData);
      socket = secure;
    },
    write: (text) => socket.write(text),
    nextCommand,
    async expect(verb, reply) {
      const line = await nextCommand();
      if (line.split(' ')[0]?.toUpperCase() !== verb.toUpperCase()) throw new Error(`fake server expected ${verb}, got ${line}`);
      if (reply !== undefined) socket.write(`${reply}\r\n`);
      return line;
    },
    async listenForData() {
      const data = createServer();
      servers.add(data);
      await new Promise<void>((resolve) => data.listen(0, host, resolve));
      const accept = new Promise<Socket>((resolve) => data.once('connection', (s) => {
        s.on('error', () => undefined);
        resolve(s);
      }));
      return { port: (data.address() as AddressInfo).port, accept };
    },
  };
}

/** Greets and accepts any USER/PASS, so a test can start right after `login()`. */
export async function greetAndLogin(session: FakeSession, greeting = '220 fake ready'): Promise<void> {
  session.write(`${greeting}\r\n`);
  await session.expect('FEAT', '211-Features:\r\n EPSV\r\n211 End');
  await session.expect('USER', '331 password please');
  await session.expect('PASS', '230 logged in');
}
