import { mkdtemp, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FtpClient } from '../ftp/client.js';
import { makeDirectory, startServer, writeFixture, type RunningServer, type ServerKind } from '../test-support/ftp-servers/index.js';
import { startCutProxy } from '../transfers/testing/cut-proxy.js';
import { applyPublishPlan } from './apply-plan.js';
import { buildPublishPlan, type PlanRequest } from './build-plan.js';
import { listerPool } from './lister-pool.js';
import { readSite, siteSpec, writeSite } from './testing/site-fixture.js';

const ignoredLocally = (path: string): boolean => path.startsWith('.git') || path.startsWith('node_modules') || path.endsWith('.psd') || path === '.ferryignore';

describe.each<ServerKind>(['vsftpd', 'proftpd'])('publishing a website to %s', (kind) => {
  let server: RunningServer;
  let work: string;
  let client: FtpClient;

  beforeAll(async () => {
    server = await startServer({ kind, tls: 'plain' });
    work = await mkdtemp(join(tmpdir(), 'ferry-publish-'));
    client = new FtpClient({ timeout: 10_000 });
    await client.connect(server.host, server.port);
    await client.login(server.user, server.password);
  });
  afterAll(async () => {
    client?.close();
    await server?.stop();
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  const site = () => ({ host: server.host, port: server.port, user: server.user, password: server.password, timeout: 10_000 });
  const request = (local: string, extra: Partial<PlanRequest> = {}): PlanRequest => ({
    localRoot: local,
    remoteRoot: '/',
    siteKey: `test-${kind}`,
    manifestFolder: join(work, 'manifests'),
    deleteRemoteOnly: false,
    checksum: false,
    ...extra,
  });
  const publish = async (local: string, extra: Partial<PlanRequest> = {}) => {
    // Big trees are listed on two extra connections as well.
    const listers = listerPool(site(), 2);
    const prepared = await buildPublishPlan(client, request(local, extra), listers.more).finally(() => listers.close());
    const summary = await applyPublishPlan(prepared, { client: async () => client, site: site(), parallel: 3, workers: false, websiteUrl: 'example.com' });
    return { plan: prepared.plan, summary };
  };

  it('publishes 300 files, re-publishes nothing, then exactly 3 changes and 2 deletes', async () => {
    const local = join(work, 'site');
    const files = siteSpec(300);
    await writeSite(local, files, 1_700_000_000);
    await writeSite(local, new Map([['.git/HEAD', 'ref'], ['node_modules/x/index.js', 'x'], ['art/logo.psd', 'psd'], ['.ferryignore', '# art\n*.psd\n']]));

    const first = await publish(local);
    expect(first.plan.uploads).toHaveLength(300);
    expect(first.plan.ignored).toEqual(expect.arrayContaining(['.git/', 'node_modules/', 'art/logo.psd', '.ferryignore']));
    expect(first.summary).toMatchObject({ failed: [], cancelled: false });
    expect(first.summary.uploaded).toHaveLength(300);
    expect(first.summary.websiteUrl).toMatch(/^https:\/\/example\.com\/\?ferry=\d+$/);
    expect(await readSite(server.root)).toEqual(files);

    // No MFMT on vsftpd, LIST minutes only: the manifest alone makes the second run exact.
    const second = await publish(local);
    expect(second.plan.uploads).toEqual([]);
    expect(second.plan.unchanged).toHaveLength(300);
    expect(second.plan.comparison.fromManifest).toBe(300);

    const changed = ['index.html', 'css/file-0.txt', 'blog/2024/file-4.txt'];
    await writeFile(join(local, 'index.html'), '<h1>home v2, longer</h1>');
    await writeFile(join(local, 'css/file-0.txt'), 'v2 css 0 \n'); // same size as before: only the time tells
    await utimes(join(local, 'css/file-0.txt'), 1_700_000_100, 1_700_000_100);
    await writeFile(join(local, 'blog/2024/file-4.txt'), 'rewritten');
    const removed = ['js/file-1.txt', 'img/icons/file-3.txt'];
    for (const path of removed) await unlink(join(local, path));

    const preview = await buildPublishPlan(client, request(local));
    expect(preview.plan.uploads.map((u) => u.path).sort()).toEqual([...changed].sort());
    expect(preview.plan.remoteOnly).toEqual(removed.sort().map((path) => ({ path, folder: false })));
    expect(preview.plan.deletes).toEqual([]);

    const third = await publish(local, { deleteRemoteOnly: true });
    expect(third.summary.uploaded.map((u) => u.path).sort()).toEqual([...changed].sort());
    expect(third.summary.deleted.sort()).toEqual([...removed].sort());
    expect(third.summary.failed).toEqual([]);
    expect(await readSite(server.root)).toEqual(await readSite(local, ignoredLocally));

    const fourth = await buildPublishPlan(client, request(local, { deleteRemoteOnly: true }));
    expect(fourth.plan.uploads).toEqual([]);
    expect(fourth.plan.deletes).toEqual([]);
  });

  it('creates a missing remote folder chain and compares afresh against a server whose files are already equal', async () => {
    const local = join(work, 'small');
    const files = siteSpec(12);
    await writeSite(local, files, 1_700_000_000);
    const created = await publish(local, { remoteRoot: '/deep/new/site', siteKey: `fresh-${kind}` });
    expect(created.plan.folders[0]).toBe('');
    expect(created.summary.failed).toEqual([]);
    expect(await readSite(join(server.root, 'deep/new/site'))).toEqual(files);
    // Another machine (no manifest): same sizes, and server times are newer or equal → nothing to send.
    const other = await buildPublishPlan(client, request(local, { remoteRoot: '/deep/new/site', siteKey: `other-${kind}` }));
    expect(other.plan.uploads).toEqual([]);
    expect(other.plan.comparison.fromManifest).toBe(0);
  });

  it('an interrupted publish leaves every real name whole (old or new), and the next publish completes', async () => {
    const local = join(work, 'big');
    const remoteRoot = '/big';
    const old = new Map([...Array(24).keys()].map((i) => [`f${i % 3}/page-${i}.html`, `old ${i} ${'o'.repeat(40_000 + i)}`]));
    const fresh = new Map([...old.keys()].map((path, i) => [path, `new ${i} ${'n'.repeat(50_000 + i)}`]));
    await writeSite(local, old);
    expect((await publish(local, { remoteRoot })).summary.failed).toEqual([]);
    await writeSite(local, fresh);

    const proxy = await startCutProxy(server.port, 150_000);
    const controller = new AbortController();
    try {
      const prepared = await buildPublishPlan(client, request(local, { remoteRoot }));
      expect(prepared.plan.uploads).toHaveLength(24);
      const summary = await applyPublishPlan(prepared, {
        client: async () => client,
        site: { ...site(), port: proxy.port },
        parallel: 2,
        workers: false,
        signal: controller.signal,
        onProgress: (progress) => {
          if (progress.phase === 'uploads' && progress.done >= 3) controller.abort();
        },
      });
      expect(summary.cancelled).toBe(true);
      expect(summary.uploaded.length).toBeGreaterThanOrEqual(3);
      expect(summary.uploaded.length).toBeLessThan(24);
    } finally {
      await proxy.close();
    }
    const onServer = await readSite(join(server.root, 'big'), (path) => path.endsWith('.ferry-part'));
    expect([...onServer.keys()].sort()).toEqual([...old.keys()].sort());
    for (const [path, content] of onServer) expect([old.get(path), fresh.get(path)]).toContain(content);
    expect([...onServer.values()].filter((content) => content.startsWith('new')).length).toBeGreaterThanOrEqual(3);

    const resumed = await publish(local, { remoteRoot });
    expect(resumed.summary.failed).toEqual([]);
    expect(resumed.plan.uploads.length).toBeLessThanOrEqual(24 - 3);
    expect(await readSite(join(server.root, 'big'))).toEqual(fresh);
  });

  it('survives the connection being cut mid-publish (retries) and ends with the whole site', async () => {
    const local = join(work, 'cut');
    const files = new Map([...Array(16).keys()].map((i) => [`p${i % 2}/f${i}.txt`, `${i} ${'c'.repeat(30_000 + i)}`]));
    await writeSite(local, files);
    const proxy = await startCutProxy(server.port, 200_000);
    try {
      const prepared = await buildPublishPlan(client, request(local, { remoteRoot: '/cut' }));
      let cut = false;
      const summary = await applyPublishPlan(prepared, {
        client: async () => client,
        site: { ...site(), port: proxy.port },
        parallel: 2,
        workers: false,
        onProgress: (progress) => {
          if (!cut && progress.phase === 'uploads' && progress.done >= 2) {
            cut = true;
            void proxy.cut(200);
          }
        },
      });
      expect(cut).toBe(true);
      expect(summary).toMatchObject({ failed: [], cancelled: false });
    } finally {
      await proxy.close();
    }
    expect(await readSite(join(server.root, 'cut'))).toEqual(files);
  });

  it('suggests the web root and warns about a missing home page and names differing in case', async () => {
    await makeDirectory(server, 'public_html');
    await writeFixture(server, 'index.html', 'on the server');
    const local = join(work, 'advice');
    await writeSite(local, new Map([['Index.HTML', 'x'], ['img/Logo.png', 'a'], ['img/logo.png', 'b'], ['.htaccess', 'y']]));
    const { plan } = await buildPublishPlan(client, request(local));
    expect(plan.webRootSuggestion).toBe('/public_html');
    expect(plan.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['web-root', 'no-index', 'case-collision']));
    // Local twins, and a local name that differs in case from one already on the server .
    const collisions = plan.warnings.filter((w) => w.code === 'case-collision').map((w) => w.paths);
    expect(collisions).toEqual(expect.arrayContaining([['img/Logo.png', 'img/logo.png'], ['Index.HTML', 'index.html']]));
    expect(plan.uploads.map((u) => u.path)).toContain('.htaccess');
    const inside = await buildPublishPlan(client, request(local, { remoteRoot: '/public_html/' }));
    expect(inside.plan.webRootSuggestion).toBeUndefined();
    expect(inside.plan.remoteRoot).toBe('/public_html');

    const empty = join(work, 'empty');
    await writeSite(empty, new Map([['.DS_Store', 'mac litter']]));
    const wipe = await buildPublishPlan(client, request(empty, { deleteRemoteOnly: true }));
    expect(wipe.plan.deletes.length).toBeGreaterThan(0);
    expect(wipe.plan.warnings.map((w) => w.code)).toContain('deletes-everything');
  });
});
