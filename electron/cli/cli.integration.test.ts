import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDirectory, startServer, writeFixture, type RunningServer, type ServerOptions } from '../test-support/ftp-servers/index.js';
import { randomBytes } from '../ftp/testing/streams.js';
import type { JsonEntry } from './format-listing.js';
import { runCli } from './run-cli.js';

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const schemes = { plain: 'ftp', explicit: 'ftpes', implicit: 'ftps' } as const;
const payload = randomBytes(300_000, 42);

/** Runs the CLI in-process with captured output. */
async function ferry(argv: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: options.env ?? {},
    cwd: options.cwd ?? tmpdir(),
  });
  return { code, stdout, stderr };
}

function urlOf(server: RunningServer, path: string, credentials: 'both' | 'user' = 'both'): string {
  const user = encodeURIComponent(server.user);
  const secret = credentials === 'both' ? `:${encodeURIComponent(server.password)}` : '';
  return `${schemes[server.tls]}://${user}${secret}@${server.host}:${server.port}${path}`;
}

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const combos: ReadonlyArray<ServerOptions & { readonly flags: readonly string[] }> = [
  { kind: 'vsftpd', tls: 'plain', flags: [] },
  { kind: 'proftpd', tls: 'explicit', flags: ['--insecure'] },
  { kind: 'pyftpdlib', tls: 'plain', flags: [] },
];

describe.each(combos)('ferry CLI with $kind ($tls)', (combo) => {
  let server: RunningServer;
  let local: string;
  const run = (...argv: string[]): Promise<Outcome> => ferry([...argv, ...combo.flags], { cwd: local });
  const url = (path: string): string => urlOf(server, path);

  beforeAll(async () => {
    server = await startServer(combo);
    local = await mkdtemp(join(tmpdir(), 'ferry-cli-'));
    await writeFixture(server, 'hello.txt', 'hello world\n');
    await writeFixture(server, 'data.bin', payload);
    await makeDirectory(server, 'sub');
  });
  afterAll(async () => {
    await server?.stop();
    if (local !== undefined) await rm(local, { recursive: true, force: true });
  });

  it('lists a folder as a table', async () => {
    const out = await run('ls', url('/'));
    expect(out).toMatchObject({ code: 0, stderr: '' });
    expect(out.stdout).toMatch(/^Type\s+Size\s+Modified\s+Name$/m);
    expect(out.stdout).toMatch(/^dir\s+-\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+sub\/$/m);
    expect(out.stdout).toMatch(/^file\s+12 B\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+hello\.txt$/m);
    expect(out.stdout).toMatch(/^file\s+293 KiB\s+.*data\.bin$/m);
  });

  it('lists a folder as JSON', async () => {
    const out = await run('ls', '--json', url('/'));
    expect(out.code).toBe(0);
    const entries = JSON.parse(out.stdout) as JsonEntry[];
    const hello = entries.find((entry) => entry.name === 'hello.txt');
    expect(hello).toMatchObject({ type: 'file', size: 12 });
    expect(hello?.modified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    // Year-less LIST dates are minute-precise and the server clock is ours: within a day of now is plenty.
    expect(Math.abs(Date.parse(hello?.modified ?? '') - Date.now())).toBeLessThan(86_400_000);
    expect(entries.find((entry) => entry.name === 'sub')?.type).toBe('directory');
    expect(Object.keys(hello ?? {}).sort()).toEqual(['modified', 'name', 'size', 'type']);
  });

  it('gets a file byte for byte under its own name, leaving no temporary file', async () => {
    const folder = await mkdtemp(join(local, 'get-'));
    const out = await ferry(['get', url('/data.bin'), ...combo.flags], { cwd: folder });
    expect(out).toMatchObject({ code: 0, stderr: '' });
    expect(out.stdout).toBe('downloaded /data.bin to data.bin (293 KiB)\n');
    expect((await readFile(join(folder, 'data.bin'))).equals(payload)).toBe(true);
    expect(await readdir(folder)).toEqual(['data.bin']);
  });

  it('gets into a folder and to a chosen name', async () => {
    const folder = await mkdtemp(join(local, 'into-'));
    expect((await run('get', url('/hello.txt'), folder)).code).toBe(0);
    expect(await readFile(join(folder, 'hello.txt'), 'utf8')).toBe('hello world\n');
    expect((await run('get', url('/hello.txt'), join(folder, 'renamed.txt'))).code).toBe(0);
    expect(await readFile(join(folder, 'renamed.txt'), 'utf8')).toBe('hello world\n');
  });

  it('fails to get a missing file without leaving anything behind', async () => {
    const folder = await mkdtemp(join(local, 'missing-'));
    const out = await ferry(['get', url('/nope.bin'), ...combo.flags], { cwd: folder });
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/^ferry: cannot download \/nope\.bin: 550 .+\n$/);
    expect(await readdir(folder)).toEqual([]);
  });

  it('puts a file into a folder and gets it back unchanged', async () => {
    const bytes = randomBytes(70_000, 7);
    await writeFile(join(local, 'upload.bin'), bytes);
    const put = await run('put', 'upload.bin', url('/sub/'));
    expect(put).toMatchObject({ code: 0, stdout: 'uploaded upload.bin to /sub/upload.bin (68.4 KiB)\n' });
    expect((await readFile(join(server.root, 'sub', 'upload.bin'))).equals(bytes)).toBe(true);
    const back = join(local, 'back.bin');
    expect((await run('get', url('/sub/upload.bin'), back)).code).toBe(0);
    expect((await readFile(back)).equals(bytes)).toBe(true);
  });

  it('makes, renames and removes folders and files on the server', async () => {
    expect((await run('mkdir', url('/made'))).code).toBe(0);
    expect((await stat(join(server.root, 'made'))).isDirectory()).toBe(true);
    await writeFile(join(local, 'note.txt'), 'note\n');
    expect((await run('put', 'note.txt', url('/made/note.txt'))).code).toBe(0);
    const mv = await run('mv', url('/made/note.txt'), 'renamed.txt');
    expect(mv).toMatchObject({ code: 0, stdout: 'renamed /made/note.txt to /made/renamed.txt\n' });
    expect(existsSync(join(server.root, 'made', 'note.txt'))).toBe(false);
    expect(await readFile(join(server.root, 'made', 'renamed.txt'), 'utf8')).toBe('note\n');
    const busy = await run('rmdir', url('/made'));
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(/^ferry: cannot remove folder \/made: 5\d\d /);
    expect((await run('rm', url('/made/renamed.txt'))).code).toBe(0);
    expect(existsSync(join(server.root, 'made', 'renamed.txt'))).toBe(false);
    expect((await run('rmdir', url('/made/'))).code).toBe(0);
    expect(existsSync(join(server.root, 'made'))).toBe(false);
  });

  it('says so when a folder does not exist', async () => {
    const out = await run('ls', url('/no-such-folder'));
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/^ferry: cannot list \/no-such-folder: 550 [^\n]*\n$/);
  });
});

describe('ferry CLI failures and credentials (pyftpdlib)', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ kind: 'pyftpdlib', tls: 'plain' });
    await writeFixture(server, 'hello.txt', 'hello world\n');
  });
  afterAll(() => server?.stop());

  it('reports a wrong password on one line with the 530, never the password', async () => {
    const secret = 'Wr0ng-Secret!';
    const wrong = `ftp://${server.user}:${encodeURIComponent(secret)}@127.0.0.1:${server.port}/`;
    const out = await ferry(['ls', wrong]);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^ferry: login failed: 530 [^\n]+\n$/);
    expect(out.stderr).not.toContain(secret);
    const verbose = await ferry(['ls', wrong, '--verbose']);
    expect(verbose.stderr).toContain('> PASS ****');
    expect(verbose.stderr).toMatch(/< 530 /);
    expect(`${verbose.stdout}${verbose.stderr}`).not.toContain(secret);
  });

  it('takes the password from FERRY_PASSWORD when the URL has a user but none', async () => {
    const out = await ferry(['ls', urlOf(server, '/', 'user')], { env: { FERRY_PASSWORD: server.password } });
    expect(out).toMatchObject({ code: 0, stderr: '' });
    expect(out.stdout).toContain('hello.txt');
    const without = await ferry(['ls', urlOf(server, '/', 'user')]);
    expect(without.code).toBe(1);
    expect(without.stderr).toMatch(/^ferry: login failed \(no password in the URL or FERRY_PASSWORD\): 530 /);
  });

  it('logs in as anonymous without a user', async () => {
    const out = await ferry(['ls', '--json', `ftp://127.0.0.1:${server.port}/`]);
    expect(out.code).toBe(0);
    expect((JSON.parse(out.stdout) as JsonEntry[]).map((entry) => entry.name)).toContain('hello.txt');
  });

  it('transfers in active mode', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'ferry-active-'));
    try {
      const out = await ferry(['get', '--active', urlOf(server, '/hello.txt')], { cwd: folder });
      expect(out).toMatchObject({ code: 0, stderr: '' });
      expect(await readFile(join(folder, 'hello.txt'), 'utf8')).toBe('hello world\n');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('explains a closed port', async () => {
    const port = await closedPort();
    const out = await ferry(['ls', `ftp://127.0.0.1:${port}/`]);
    expect(out).toMatchObject({ code: 1, stdout: '', stderr: `ferry: cannot connect to 127.0.0.1:${port}: connection refused\n` });
  });

  it.each([
    ['an unsupported scheme', ['ls', 'http://127.0.0.1/']],
    ['a broken port', ['ls', 'ftp://127.0.0.1:70000/']],
    ['a missing argument', ['put', 'only-one']],
  ])('exits 2 on %s', async (_label, argv) => {
    const out = await ferry(argv);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^ferry: [^\n]+\n$/);
  });

  it('refuses to put a missing local file before connecting', async () => {
    const out = await ferry(['put', 'does-not-exist.txt', urlOf(server, '/')], { cwd: tmpdir() });
    expect(out).toMatchObject({ code: 1, stderr: 'ferry: cannot read does-not-exist.txt: no such file or directory\n' });
  });

  it('refuses to get into a folder that does not exist', async () => {
    const out = await ferry(['get', urlOf(server, '/hello.txt'), 'no/such/dir/x.txt'], { cwd: tmpdir() });
    expect(out.code).toBe(1);
    expect(out.stderr).toBe('ferry: cannot write no/such/dir/x.txt: folder no/such/dir does not exist\n');
  });
});

describe('ferry CLI certificates (proftpd, explicit FTPS)', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ kind: 'proftpd', tls: 'explicit' });
    await writeFixture(server, 'hello.txt', 'hello world\n');
  });
  afterAll(() => server?.stop());

  it('refuses the self-signed certificate without --insecure, naming its fingerprint', async () => {
    const out = await ferry(['ls', urlOf(server, '/')]);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr.split('\n')).toHaveLength(2);
    expect(out.stderr).toMatch(/^ferry: certificate not trusted \(self-signed; SHA-256 ([0-9A-F]{2}:){31}[0-9A-F]{2}\); .*--insecure/);
    expect(out.stderr).toContain(`SHA-256 ${server.fingerprint256})`);
  });

  it('accepts exactly the pinned certificate with --fingerprint', async () => {
    const good = await ferry(['ls', urlOf(server, '/'), '--fingerprint', server.fingerprint256.toLowerCase()]);
    expect(good).toMatchObject({ code: 0, stderr: '' });
    expect(good.stdout).toContain('hello.txt');
    const other = `${'00:'.repeat(31)}00`;
    const bad = await ferry(['ls', urlOf(server, '/'), '--fingerprint', other]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('not the one given with --fingerprint');
  });
});

describe('ferry CLI implicit FTPS (vsftpd)', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ kind: 'vsftpd', tls: 'implicit' });
    await writeFixture(server, 'hello.txt', 'hello world\n');
  });
  afterAll(() => server?.stop());

  it('lists over ftps://', async () => {
    const out = await ferry(['ls', urlOf(server, '/'), '--insecure']);
    expect(out).toMatchObject({ code: 0, stderr: '' });
    expect(out.stdout).toMatch(/^file\s+12 B\s+.*hello\.txt$/m);
  });
});

describe('the ferry bin entry point', () => {
  let server: RunningServer;
  const repo = join(import.meta.dirname, '..', '..');

  function spawnFerry(args: string[]): Promise<Outcome> {
    return new Promise((resolve) => {
      execFile('npx', ['tsx', 'electron/cli/bin.ts', ...args], { cwd: repo, timeout: 30_000 }, (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      });
    });
  }

  beforeAll(async () => {
    server = await startServer({ kind: 'pyftpdlib', tls: 'plain' });
    await writeFixture(server, 'hello.txt', 'hello world\n');
  });
  afterAll(() => server?.stop());

  it('runs through npx tsx with the documented exit codes', async () => {
    const ok = await spawnFerry(['ls', urlOf(server, '/'), '--json']);
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as JsonEntry[]).map((entry) => entry.name)).toContain('hello.txt');
    const usage = await spawnFerry(['ls', 'gopher://127.0.0.1/']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('ferry: invalid URL: "gopher://" is not supported');
    const failure = await spawnFerry(['rm', urlOf(server, '/nope.txt')]);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(/ferry: cannot delete \/nope\.txt: 550 /);
  }, 60_000);
});
