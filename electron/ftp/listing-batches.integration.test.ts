import { chown, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDirectory, startServer, writeFixture, type RunningServer, type ServerKind } from '../test-support/ftp-servers/index.js';
import { FtpClient } from './client.js';
import type { FileInfo } from './list/index.js';

const manyFiles = 2500;

/** Creates `count` small files in `folder` (under the server's root), owned by the FTP user. */
async function createFiles(server: RunningServer, folder: string, count: number): Promise<void> {
  const dir = await makeDirectory(server, folder);
  for (let index = 0; index < count; index += 1) {
    const path = join(dir, `f${String(index).padStart(5, '0')}.txt`);
    await writeFile(path, 'x');
    await chown(path, server.owner.uid, server.owner.gid);
  }
}

// vsftpd answers `LIST -a` (parsed in batches of lines), proftpd MLSD (parsed line by line, reported in
// batches): both paths of `list` must hand the entries over while they arrive.
describe.each<[ServerKind, string]>([
  ['vsftpd', 'LIST'],
  ['proftpd', 'MLSD'],
])('list() with onEntries on %s (%s)', (kind) => {
  let server: RunningServer;
  const clients: FtpClient[] = [];

  beforeAll(async () => {
    server = await startServer({ kind, tls: 'plain' });
    await createFiles(server, 'many', manyFiles);
    await writeFixture(server, 'few/a.txt', 'a');
    await writeFixture(server, 'few/b.txt', 'b');
    await makeDirectory(server, 'empty');
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server?.stop();
  });

  async function open(): Promise<FtpClient> {
    const client = new FtpClient({ timeout: 10_000 });
    clients.push(client);
    await client.connect(server.host, server.port);
    await client.login(server.user, server.password);
    return client;
  }

  it('hands over the entries in batches of at most 1000, before resolving, that add up to the result', async () => {
    const client = await open();
    const batches: FileInfo[][] = [];
    let resolved = false;
    const listed = await client.list('many', {
      onEntries: (batch) => {
        expect(resolved).toBe(false);
        batches.push(batch);
      },
    });
    resolved = true;
    expect(listed).toHaveLength(manyFiles);
    expect(batches.length).toBeGreaterThanOrEqual(3);
    for (const batch of batches) {
      expect(batch.length).toBeGreaterThan(0);
      expect(batch.length).toBeLessThanOrEqual(1000);
    }
    expect(batches.flat()).toEqual(listed);
    // The same connection lists on as usual afterwards, with or without the callback.
    expect(await client.list('many')).toHaveLength(manyFiles);
  });

  it('reports a small folder in one batch and an empty one not at all', async () => {
    const client = await open();
    const few: FileInfo[][] = [];
    const listed = await client.list('few', { onEntries: (batch) => few.push(batch) });
    expect(few).toEqual([listed]);
    expect(listed.map((entry) => entry.name).sort()).toEqual(['a.txt', 'b.txt']);
    const empty: FileInfo[][] = [];
    expect(await client.list('empty', { onEntries: (batch) => empty.push(batch) })).toEqual([]);
    expect(empty).toEqual([]);
  });

  it('fails the listing when onEntries throws', async () => {
    const client = await open();
    const boom = new Error('the caller gave up');
    await expect(
      client.list('many', {
        onEntries: () => {
          throw boom;
        },
      }),
    ).rejects.toBe(boom);
  });
});
