import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from '../ftp/testing/streams.js';
import { startServer, writeFixture, type RunningServer } from '../test-support/ftp-servers/index.js';
import { runCli } from './run-cli.js';

/** Relative path → content of a small nested tree, different bytes per file. */
const tree: Readonly<Record<string, Uint8Array>> = {
  'index.html': randomBytes(1_000, 1),
  'css/site.css': randomBytes(20_000, 2),
  'img/a/logo.png': randomBytes(150_000, 3),
  'img/a/empty.txt': new Uint8Array(0),
  'docs/readme.txt': randomBytes(3_000, 4),
};

async function ferry(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
    cwd,
  });
  return { code, stdout, stderr };
}

async function writeTree(root: string): Promise<void> {
  for (const [path, bytes] of Object.entries(tree)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), bytes);
  }
}

async function expectTree(root: string): Promise<void> {
  for (const [path, bytes] of Object.entries(tree)) expect(Buffer.compare(await readFile(join(root, path)), Buffer.from(bytes)), path).toBe(0);
}

describe('ferry get -r / put -r with vsftpd', () => {
  let server: RunningServer;
  let local: string;
  const url = (path: string): string => `ftp://${server.user}:${encodeURIComponent(server.password)}@${server.host}:${server.port}${path}`;

  beforeAll(async () => {
    server = await startServer({ kind: 'vsftpd', tls: 'plain' });
    local = await mkdtemp(join(tmpdir(), 'ferry-cli-batch-'));
    for (const [path, bytes] of Object.entries(tree)) await writeFixture(server, `remote-tree/${path}`, bytes);
    await writeTree(join(local, 'upload-me'));
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    if (local !== undefined) await rm(local, { recursive: true, force: true });
  });

  it('uploads a folder byte-exact with 4 connections and prints a summary', async () => {
    const out = await ferry(['put', '-r', 'upload-me', url('/published'), '--parallel', '4'], local);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^transferred 5 files \(.+\) in \d+\.\d\d s; 0 skipped; 0 failed\n$/);
    await expectTree(join(server.root, 'published'));
    // Atomic uploads leave no temporary names behind.
    expect((await readdir(join(server.root, 'published', 'img', 'a'))).sort()).toEqual(['empty.txt', 'logo.png']);
  });

  it('downloads a folder byte-exact, then skips what exists', async () => {
    const first = await ferry(['get', '-r', url('/remote-tree'), 'mirror'], local);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/^transferred 5 files/);
    await expectTree(join(local, 'mirror'));
    expect((await readdir(join(local, 'mirror', 'img', 'a'))).sort()).toEqual(['empty.txt', 'logo.png']);
    const again = await ferry(['get', '-r', url('/remote-tree'), 'mirror', '--on-exists', 'skip'], local);
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout).toMatch(/^transferred 0 files \(0 B\) in .* s; 5 skipped; 0 failed\n$/);
  });

  it('prints every connection’s conversation with --verbose, numbered, passwords masked', async () => {
    const out = await ferry(['get', '-r', url('/remote-tree'), 'verbose-copy', '--parallel', '2', '--verbose'], local);
    expect(out.code).toBe(0);
    await expectTree(join(local, 'verbose-copy'));
    const lines = out.stderr.split('\n');
    // The listing connection and the second one both log in; each file is fetched on one of them.
    expect(lines).toContain('[1] > PASS ****');
    expect(lines).toContain('[2] > PASS ****');
    for (const path of Object.keys(tree)) expect(lines.some((line) => /^\[[12]\] > RETR /.test(line) && line.endsWith(`/remote-tree/${path}`)), path).toBe(true);
    expect(lines.filter((line) => /^\[\d+\] < 226/.test(line)).length).toBeGreaterThanOrEqual(Object.keys(tree).length);
    expect(out.stderr).not.toContain(server.password);
  });

  it('fails with exit status 1 and the reason when the folder does not exist', async () => {
    const out = await ferry(['get', '-r', url('/no-such-folder'), 'nothing'], local);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/^ferry: \/no-such-folder: .+/m);
    expect(out.stdout).toMatch(/; 1 failed\n$/);
  });

  it('refuses --on-exists ask before connecting (usage, exit status 2)', async () => {
    const out = await ferry(['put', '-r', 'upload-me', url('/x'), '--on-exists', 'ask'], local);
    expect(out).toMatchObject({ code: 2, stdout: '' });
    expect(out.stderr).toMatch(/ask needs someone to answer/);
  });

  it('refuses put -r of a file (usage, exit status 2)', async () => {
    await writeFile(join(local, 'single.txt'), 'x');
    const out = await ferry(['put', '-r', 'single.txt', url('/x')], local);
    expect(out).toMatchObject({ code: 2, stdout: '' });
    expect(out.stderr).toMatch(/put -r wants a folder/);
  });
});

describe('ferry get -r --retries against a server that hangs up at once', () => {
  // A fault no real server makes on purpose: every connection is closed before the greeting.
  let server: Server;
  let connections = 0;
  let port = 0;
  let local: string;

  beforeAll(async () => {
    server = createServer((socket) => {
      connections += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
    local = await mkdtemp(join(tmpdir(), 'ferry-cli-retries-'));
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(local, { recursive: true, force: true });
  });

  it.each([
    [0, 1],
    [1, 2],
  ])('--retries %i connects %i time(s), then fails with the reason', async (retries, attempts) => {
    connections = 0;
    const out = await ferry(['get', '-r', `ftp://u:p@127.0.0.1:${port}/site`, 'copy', '--retries', String(retries)], local);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/^ferry: \/site: The connection was lost/m);
    expect(connections).toBe(attempts);
  }, 30_000);
});
