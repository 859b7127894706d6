import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDirectory, serverCombinations, startServer, writeFixture, type RunningServer,
} from '../test-support/ftp-servers/index.js';
import { FtpClient } from './client.js';
import type { FtpClientOptions } from './client-options.js';
import { FtpAbortedError, FtpPermanentError, FtpTemporaryError } from './errors.js';
import { FileSource } from './file-source.js';
import { collector, randomBytes, source } from './testing/streams.js';

const fiveMiB = randomBytes(5 * 1024 * 1024);

describe.each(serverCombinations)('FtpClient with $kind ($tls)', (combo) => {
  let server: RunningServer;
  const clients: FtpClient[] = [];

  beforeAll(async () => {
    server = await startServer(combo);
    await writeFixture(server, 'hello.txt', 'hello world\n');
    await writeFixture(server, '.htaccess', 'Deny from all\n');
    await writeFixture(server, 'lines.txt', 'x\ny\nz\n');
    await writeFixture(server, 'big.bin', randomBytes(48 * 1024 * 1024, 7));
    await makeDirectory(server, 'sub');
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server?.stop();
  });

  async function open(options: FtpClientOptions = {}): Promise<FtpClient> {
    const tls = combo.tls === 'plain' ? undefined : { mode: combo.tls, ca: server.certificatePem };
    const client = new FtpClient({ tls, timeout: 10_000, ...options });
    clients.push(client);
    await client.connect(server.host, server.port);
    await client.login(server.user, server.password);
    return client;
  }

  async function roundTrip(client: FtpClient, name: string, bytes: Buffer): Promise<void> {
    await client.upload(name, source(bytes));
    expect((await readFile(join(server.root, name))).equals(bytes)).toBe(true);
    const out = collector();
    await client.download(name, out.writable);
    expect(out.bytes().equals(bytes)).toBe(true);
    expect(await client.size(name)).toBe(bytes.length);
  }

  it('downloads into files and a hash byte for byte, several in a row (recycled read slabs)', async () => {
    // Reads land in slabs, so the sink's writev gets long runs of contiguous bytes; the ordinary socket
    // path would hand it one chunk per read (16 KiB per TLS record).
    let written = 0;
    let writes = 0;
    const client = await open();
    await writeFixture(server, 'slabs.bin', fiveMiB);
    const dir = await mkdtemp(join(tmpdir(), 'ferry-download-'));
    try {
      for (const name of ['a.bin', 'b.bin', 'c.bin']) {
        await client.download('slabs.bin', createWriteStream(join(dir, name)));
        expect((await readFile(join(dir, name))).equals(fiveMiB)).toBe(true);
      }
      for (let round = 0; round < 2; round += 1) {
        const hash = createHash('sha256');
        const sink = new Writable({
          writev(chunks: Array<{ chunk: Buffer }>, callback) {
            for (const { chunk } of chunks) hash.update(chunk);
            written += chunks.reduce((sum, { chunk }) => sum + chunk.length, 0);
            writes += chunks.length;
            callback();
          },
        });
        await client.download('slabs.bin', sink, { reuseBuffers: true });
        expect(hash.digest('hex')).toBe(createHash('sha256').update(fiveMiB).digest('hex'));
      }
      expect(written / writes).toBeGreaterThan(64 * 1024);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('logs in, lists with dot-files, and quits', async () => {
    const client = await open();
    expect(client.welcome).toMatch(/^220/);
    expect(await client.pwd()).toBe('/');
    const entries = await client.list();
    const names = entries.map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining(['hello.txt', '.htaccess', 'sub', 'big.bin']));
    expect(entries.find((entry) => entry.name === 'sub')?.type).toBe('directory');
    expect(entries.find((entry) => entry.name === 'hello.txt')?.size).toBe(12);
    expect(await client.nlst()).toEqual(expect.arrayContaining(['hello.txt']));
    expect((await client.dir()).some((line) => line.includes('hello.txt'))).toBe(true);
    expect(await client.quit()).toMatch(/^221/);
    expect(client.connected).toBe(false);
  });

  it.each([
    ['empty.bin', 0],
    ['one.bin', 1],
    ['five.bin', fiveMiB.length],
  ])('round-trips %s byte for byte', async (name, length) => {
    const client = await open();
    await roundTrip(client, name, fiveMiB.subarray(0, length));
    await client.quit();
  });

  it('handles unicode names', async () => {
    const client = await open();
    const name = 'ünï cødé ✓ 名前.txt';
    await roundTrip(client, name, Buffer.from('unicode\n'));
    expect((await client.list()).map((entry) => entry.name)).toContain(name);
    expect(await client.nlst()).toContain(name);
    await client.quit();
  });

  it('makes, renames and removes directories and files', async () => {
    const client = await open();
    const made = await client.mkd('made dir');
    expect(made.endsWith('made dir')).toBe(true);
    await client.cwd('made dir');
    expect(await client.pwd()).toBe('/made dir');
    await client.upload('a.txt', source(Buffer.from('a')));
    await client.rename('a.txt', 'b.txt');
    expect(await client.nlst()).toEqual(expect.arrayContaining(['b.txt']));
    await client.cwd('..');
    expect(await client.pwd()).toBe('/');
    await expect(client.rmd('made dir')).rejects.toBeInstanceOf(FtpPermanentError);
    await client.delete('made dir/b.txt');
    await client.rmd('made dir');
    await expect(stat(join(server.root, 'made dir'))).rejects.toThrow();
    expect((await client.list('sub')).length).toBe(0);
    await client.quit();
  });

  it('reads SIZE and MDTM (UTC)', async () => {
    const when = new Date('2021-03-04T05:06:07Z');
    await utimes(join(server.root, 'hello.txt'), when, when);
    const client = await open();
    expect(await client.size('hello.txt')).toBe(12);
    expect((await client.mdtm('hello.txt')).toISOString()).toBe(when.toISOString());
    await client.quit();
  });

  it('uploads from a FileSource byte for byte, whole and from an offset, with progress', async () => {
    const client = await open();
    const dir = await mkdtemp(join(tmpdir(), 'ferry-upload-'));
    try {
      const local = join(dir, 'five.bin');
      await writeFile(local, fiveMiB);
      const seen: number[] = [];
      await client.upload('from-file.bin', await FileSource.open(local), { onProgress: (p) => seen.push(p.bytes) });
      expect((await readFile(join(server.root, 'from-file.bin'))).equals(fiveMiB)).toBe(true);
      expect(seen[seen.length - 1]).toBe(fiveMiB.length);
      if (combo.kind !== 'proftpd') {
        // The file's first 2 000 000 bytes are already there; the rest goes from the same offset of the file.
        await client.upload('part.bin', source(fiveMiB.subarray(0, 2_000_000)));
        await client.upload('part.bin', await FileSource.open(local, { start: 2_000_000 }), { offset: 2_000_000 });
        expect((await readFile(join(server.root, 'part.bin'))).equals(fiveMiB)).toBe(true);
      }
      // A refused STOR never reads the file; the caller closes it.
      const refused = await FileSource.open(local);
      await expect(client.upload('no-such-folder/x.bin', refused)).rejects.toBeInstanceOf(FtpPermanentError);
      refused.destroy();
      expect(await client.pwd()).toBe('/');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    await client.quit();
  });

  it('resumes a download with REST', async () => {
    const client = await open();
    await client.upload('resume-down.bin', source(fiveMiB));
    const out = collector();
    await client.download('resume-down.bin', out.writable, { offset: 3_000_000 });
    expect(out.bytes().equals(fiveMiB.subarray(3_000_000))).toBe(true);
    await client.quit();
  });

  it('resumes an upload (REST+STOR or APPE)', async () => {
    const client = await open();
    await client.upload('resume-up.bin', source(fiveMiB.subarray(0, 2_000_000)));
    const rest = source(fiveMiB.subarray(2_000_000));
    if (combo.kind === 'proftpd') {
      // proftpd lists REST STREAM but refuses REST+STOR and APPE unless `AllowStoreRestart on` (off by default).
      const error = await client.upload('resume-up.bin', rest, { offset: 2_000_000 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FtpTemporaryError);
      expect((error as FtpTemporaryError).reply?.text).toMatch(/^451 .*not permitted/);
      expect(await client.size('resume-up.bin')).toBe(2_000_000);
    } else {
      await client.upload('resume-up.bin', rest, { offset: 2_000_000 });
      expect((await readFile(join(server.root, 'resume-up.bin'))).equals(fiveMiB)).toBe(true);
    }
    await client.quit();
  });

  it('converts line endings in ASCII mode', async () => {
    const client = await open();
    const lines: string[] = [];
    await client.retrlines('RETR lines.txt', (line) => lines.push(line));
    expect(lines).toEqual(['x', 'y', 'z']);
    const out = collector();
    await client.download('lines.txt', out.writable, { mode: 'ascii' });
    expect(out.bytes().toString()).toBe('x\ny\nz\n');
    await client.upload('ascii.txt', source(Buffer.from('a\nb\n')), { mode: 'ascii' });
    const stored = await readFile(join(server.root, 'ascii.txt'), 'latin1');
    // vsftpd ignores TYPE A on upload (ascii_upload_enable=NO), so the file shows what went over the wire.
    expect(stored).toBe(combo.kind === 'vsftpd' ? 'a\r\nb\r\n' : 'a\nb\n');
    await client.quit();
  });

  it('transfers in active mode', async () => {
    const client = await open({ passive: false });
    expect((await client.list()).map((entry) => entry.name)).toContain('hello.txt');
    await roundTrip(client, 'active.bin', fiveMiB.subarray(0, 100_000));
    await client.quit();
  });

  it('transfers over PASV when EPSV is not used', async () => {
    const client = await open({ preferEpsv: false });
    const log: string[] = [];
    client.logLevel = 'requests';
    client.on('log', (entry) => log.push(entry.text));
    await roundTrip(client, 'pasv.bin', fiveMiB.subarray(0, 100_000));
    expect(log).toContain('PASV');
    expect(log).not.toContain('EPSV');
    await client.quit();
  });

  it('aborts a download mid-transfer and keeps working', async () => {
    const client = await open();
    let received = 0;
    let aborting: Promise<void> | undefined;
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        if (aborting === undefined && received > 256 * 1024) aborting = client.abort();
        setTimeout(callback, 1);
      },
    });
    await expect(client.download('big.bin', slow)).rejects.toBeInstanceOf(FtpAbortedError);
    await aborting;
    expect(received).toBeLessThan(48 * 1024 * 1024);
    expect(await client.pwd()).toBe('/');
    expect((await client.list()).map((entry) => entry.name)).toContain('hello.txt');
    await client.quit();
  });

  it('opens data connections for any command (ntransfercmd / transfercmd)', async () => {
    const client = await open();
    await client.voidcmd('TYPE I');
    const download = await client.ntransfercmd('RETR hello.txt');
    const chunks: Buffer[] = [];
    download.socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    expect((await download.finish()).code).toBe(226);
    expect(Buffer.concat(chunks).toString()).toBe('hello world\n');
    if (combo.kind === 'vsftpd' || combo.kind === 'proftpd') expect(download.expectedSize).toBe(12);
    const upload = await client.transfercmd('STOR via-transfercmd.txt');
    upload.socket.end('written raw\n');
    expect((await upload.finish()).code).toBe(226);
    expect(await readFile(join(server.root, 'via-transfercmd.txt'), 'utf8')).toBe('written raw\n');
    await client.quit();
  });

  it('reports progress with the total size', async () => {
    const client = await open();
    await client.upload('progress.bin', source(fiveMiB.subarray(0, 1_000_000)));
    const seen: Array<{ bytes: number; total: number | undefined }> = [];
    await client.download('progress.bin', collector().writable, { onProgress: (p) => seen.push(p) });
    expect(seen.at(-1)).toEqual({ bytes: 1_000_000, total: 1_000_000 });
    const sent: number[] = [];
    await client.upload('progress2.bin', source(fiveMiB.subarray(0, 300_000)), { onProgress: (p) => sent.push(p.bytes) });
    expect(sent.at(-1)).toBe(300_000);
    await client.quit();
  });

  it('answers ABOR without a transfer, FEAT, STAT, SITE CHMOD and MFMT where offered', async () => {
    const client = await open();
    await client.abort();
    const features = await client.feat();
    expect(features.has('SIZE') || features.has('MDTM')).toBe(true);
    expect((await client.stat()).code).toBe(211);
    await client.upload('mode.txt', source(Buffer.from('m')));
    await client.chmod('mode.txt', 0o640);
    expect((await stat(join(server.root, 'mode.txt'))).mode & 0o777).toBe(0o640);
    if (features.has('MFMT')) {
      const when = new Date('2020-01-02T03:04:05Z');
      await client.mfmt('mode.txt', when);
      expect((await stat(join(server.root, 'mode.txt'))).mtime.toISOString()).toBe(when.toISOString());
      expect((await client.mdtm('mode.txt')).toISOString()).toBe(when.toISOString());
    }
    expect(await client.pwd()).toBe('/');
    await client.quit();
  });

  it('aborts an upload mid-transfer and keeps working', async () => {
    const client = await open();
    let sent = 0;
    let aborting: Promise<void> | undefined;
    const endless = new Readable({
      read() {
        sent += 65536;
        if (aborting === undefined && sent > 512 * 1024) aborting = client.abort();
        setTimeout(() => this.push(Buffer.alloc(65536, 1)), 1);
      },
    });
    await expect(client.upload('aborted-upload.bin', endless)).rejects.toBeInstanceOf(FtpAbortedError);
    await aborting;
    endless.destroy();
    expect(await client.pwd()).toBe('/');
    expect(await client.size('hello.txt')).toBe(12);
    await client.quit();
  });

  it('rejects a wrong password with a permanent 530', async () => {
    const tls = combo.tls === 'plain' ? undefined : { mode: combo.tls, ca: server.certificatePem };
    const client = new FtpClient({ tls, timeout: 10_000 });
    clients.push(client);
    await client.connect(server.host, server.port);
    const error = await client.login(server.user, 'wrong-password').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FtpPermanentError);
    expect((error as FtpPermanentError).reply?.code).toBe(530);
    client.close();
  });
});
