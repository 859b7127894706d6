import type { Socket } from 'node:net';
import { startFakeServer, type FakeServer, type FakeSession } from '../../ftp/testing/fake-server.js';

/** What the fake serves: a listing per folder (raw MLSD lines) and file contents per path. */
export interface FakeTree {
  readonly listings: Readonly<Record<string, readonly string[]>>;
  readonly files: Readonly<Record<string, Buffer>>;
  /** Greeting per connection number (0-based); default `220 fake`. E.g. a 421 to refuse a connection. */
  readonly greeting?: (connection: number) => string;
}

/**
 * A small FTP server over the engine's scripted fake, for faults real servers never produce (a hostile
 * listing, a 421 on connect). Speaks just enough: FEAT (MLST, EPSV), login, TYPE, EPSV, MLSD, SIZE, MDTM, RETR.
 */
export async function startFakeFtp(tree: FakeTree): Promise<FakeServer> {
  let connections = 0;
  return startFakeServer(async (session) => {
    const greeting = tree.greeting?.(connections++) ?? '220 fake';
    session.write(`${greeting}\r\n`);
    if (!greeting.startsWith('220')) {
      session.socket.end();
      return;
    }
    await serve(session, tree).catch(() => undefined);
  });
}

async function serve(session: FakeSession, tree: FakeTree): Promise<void> {
  let data: Promise<Socket> | undefined;
  for (;;) {
    const line = await session.nextCommand();
    const [verb = '', ...rest] = line.split(' ');
    const arg = rest.join(' ');
    const reply = (text: string): void => session.write(`${text}\r\n`);
    switch (verb.toUpperCase()) {
      case 'FEAT':
        reply('211-Features:\r\n MLST type*;size*;modify*;\r\n EPSV\r\n SIZE\r\n MDTM\r\n211 End');
        break;
      case 'USER':
        reply('331 password please');
        break;
      case 'PASS':
        reply('230 logged in');
        break;
      case 'EPSV': {
        const listener = await session.listenForData();
        data = listener.accept;
        reply(`229 Entering Extended Passive Mode (|||${listener.port}|)`);
        break;
      }
      case 'MLSD': {
        const lines = tree.listings[arg];
        if (lines === undefined || data === undefined) {
          reply('550 No such directory');
          break;
        }
        reply('150 Here comes the listing');
        await send(await data, Buffer.from(lines.map((l) => `${l}\r\n`).join(''), 'utf8'));
        data = undefined;
        reply('226 Done');
        break;
      }
      case 'SIZE': {
        const file = tree.files[arg];
        reply(file === undefined ? '550 No such file' : `213 ${file.length}`);
        break;
      }
      case 'MDTM':
        reply(tree.files[arg] === undefined ? '550 No such file' : '213 20200102030405');
        break;
      case 'RETR': {
        const file = tree.files[arg];
        if (file === undefined || data === undefined) {
          reply('550 No such file');
          break;
        }
        reply('150 Sending');
        await send(await data, file);
        data = undefined;
        reply('226 Done');
        break;
      }
      case 'QUIT':
        reply('221 Bye');
        session.socket.end();
        return;
      case 'TYPE':
      case 'OPTS':
      case 'CLNT':
      case 'NOOP':
        reply('200 OK');
        break;
      default:
        reply('502 Not implemented');
    }
  }
}

function send(socket: Socket, bytes: Buffer): Promise<void> {
  return new Promise((resolve) => socket.end(bytes, () => resolve()));
}
