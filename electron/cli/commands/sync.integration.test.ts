import { chmod, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishPlan, PublishSummary } from '../../../shared/publish.js';
import { readSite, siteSpec, writeSite } from '../../publish/testing/site-fixture.js';
import { makeDirectory, startServer, writeFixture, type RunningServer } from '../../test-support/ftp-servers/index.js';
import { runCli } from '../run-cli.js';

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Every name under a folder (folders with a trailing slash), to prove a dry run changed nothing. */
async function namesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.map((entry) => `${join(entry.parentPath, entry.name)}${entry.isDirectory() ? '/' : ''}`).sort();
}

describe('ferry sync (vsftpd)', () => {
  let server: RunningServer;
  let work: string;
  const url = (path: string): string => `ftp://${server.user}@${server.host}:${server.port}${path}`;
  const ferry = async (...argv: string[]): Promise<Outcome> => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      env: { FERRY_PASSWORD: server.password, FERRY_USER_DATA: join(work, 'user-data') },
      cwd: work,
    });
    return { code, stdout, stderr };
  };

  beforeAll(async () => {
    server = await startServer({ kind: 'vsftpd', tls: 'plain' });
    work = await mkdtemp(join(tmpdir(), 'ferry-sync-cli-'));
    await writeSite(join(work, 'site'), siteSpec(20));
    await writeFixture(server, 'public_html/old.html', 'old page');
  });
  afterAll(async () => {
    await server?.stop();
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  it('--dry-run prints the plan and sends nothing', async () => {
    const before = await namesUnder(server.root);
    const out = await ferry('sync', 'site', url('/'), '--dry-run', '--delete');
    expect(out).toMatchObject({ code: 0, stderr: '' });
    expect(out.stdout).toContain('Upload 20 files');
    expect(out.stdout).toMatch(/^ {4}\+ \.htaccess +new$/m);
    expect(out.stdout).toMatch(/^ {4}- public_html\/old\.html$/m);
    expect(out.stdout).toContain('Publish to /public_html instead of the login folder?');
    expect(out.stdout).toContain('Dry run: nothing was sent.');
    expect(await namesUnder(server.root)).toEqual(before);
    expect(await readdir(join(work, 'user-data')).catch(() => [])).toEqual([]);
  });

  it('publishes, then finds nothing to do, and says so in JSON too', async () => {
    const first = await ferry('sync', 'site', url('/public_html'), '--parallel', '3', '--website', 'https://example.com/');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/^Published in [\d.]+ s: 20 uploaded .*0 failed\.$/m);
    expect(first.stdout).toMatch(/^Open website: https:\/\/example\.com\/\?ferry=\d+$/m);
    expect(await readSite(join(server.root, 'public_html'))).toEqual(new Map([...siteSpec(20), ['old.html', 'old page']]));

    const again = await ferry('sync', 'site', url('/public_html'), '--json');
    expect(again.code).toBe(0);
    const parsed = JSON.parse(again.stdout) as { plan: PublishPlan; summary?: PublishSummary };
    expect(parsed.plan.uploads).toEqual([]);
    expect(parsed.plan.remoteOnly).toEqual([{ path: 'old.html', folder: false }]);
    expect(parsed.summary).toBeUndefined();
  });

  it('exits 1 and names each failure when the server refuses a file', async () => {
    await makeDirectory(server, 'locked');
    await writeFixture(server, 'locked/page.html', 'v1');
    await chmod(join(server.root, 'locked'), 0o555);
    await writeSite(join(work, 'two'), new Map([['locked/page.html', 'version 2'], ['index.html', 'home']]));
    const out = await ferry('sync', 'two', url('/'));
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^ {2}✗ upload locked\/page\.html: /m);
    expect(out.stdout).toMatch(/1 uploaded .* 1 failed\.$/m);
    expect(out.stderr).toMatch(/^ferry: 1 of the planned changes failed/);
    await chmod(join(server.root, 'locked'), 0o755);
  });

  it.each([
    [['sync', 'site'], /missing arguments; usage: ferry sync LOCALDIR URL/],
    [['sync', 'site', 'ftp://h/', '--parallel', '0'], /--parallel/],
    [['sync', 'site', 'ftp://h/', '-r'], /-r and --on-exists do not apply to sync/],
    [['ls', 'ftp://h/', '--delete'], /--delete/],
  ])('rejects %j with usage status 2', async (argv, message) => {
    const out = await ferry(...argv);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(message);
  });

  it('reports a missing local folder before connecting', async () => {
    await writeFile(join(work, 'plain-file'), 'x');
    const missing = await ferry('sync', 'nope', url('/'));
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toMatch(/cannot read nope: no such file/);
    const notFolder = await ferry('sync', 'plain-file', url('/'));
    expect(notFolder.stderr).toMatch(/not a folder/);
  });
});

describe('ferry sync over explicit FTPS (proftpd, TLS session reuse required)', () => {
  let server: RunningServer;
  let work: string;

  beforeAll(async () => {
    server = await startServer({ kind: 'proftpd', tls: 'explicit' });
    work = await mkdtemp(join(tmpdir(), 'ferry-sync-tls-'));
    await writeSite(join(work, 'site'), siteSpec(25));
  });
  afterAll(async () => {
    await server?.stop();
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  it('publishes with the pinned certificate on every connection, then has nothing to do', async () => {
    const run = async (): Promise<Outcome> => {
      let stdout = '';
      let stderr = '';
      const argv = ['sync', 'site', `ftpes://${server.user}@${server.host}:${server.port}/www`, '--fingerprint', server.fingerprint256, '--parallel', '3'];
      const code = await runCli(argv, {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
        env: { FERRY_PASSWORD: server.password, FERRY_USER_DATA: join(work, 'user-data') },
        cwd: work,
      });
      return { code, stdout, stderr };
    };
    const first = await run();
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/25 uploaded/);
    expect(await readSite(join(server.root, 'www'))).toEqual(siteSpec(25));
    const second = await run();
    expect(second.stdout).toContain('The server is up to date.');
  });
});
