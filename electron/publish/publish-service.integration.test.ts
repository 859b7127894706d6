import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishContract, publishEventContract } from '../../shared/publish-ipc.js';
import { testContext } from '../ipc/test-table.js';
import { startServer, type RunningServer } from '../test-support/ftp-servers/index.js';
import { createPublishHandlers, publishEvents } from './publish-handlers.js';
import { PublishService } from './publish-service.js';
import { readSite, siteSpec, writeSite } from './testing/site-fixture.js';

describe('publish:* channels on pure-ftpd', () => {
  let server: RunningServer;
  let work: string;
  const events: Array<{ event: string; payload: unknown }> = [];

  beforeAll(async () => {
    server = await startServer({ kind: 'pure-ftpd', tls: 'plain' });
    work = await mkdtemp(join(tmpdir(), 'ferry-publish-ipc-'));
    await writeSite(join(work, 'site'), siteSpec(30));
  });
  afterAll(async () => {
    await server?.stop();
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  const service = (): PublishService =>
    new PublishService({
      resolveSite: async (siteId) => {
        if (siteId !== 'site-1') throw new Error('no such site');
        return { host: server.host, port: server.port, user: server.user, password: server.password, timeout: 10_000 };
      },
      websiteUrlOf: () => 'https://example.org/',
      manifestFolder: join(work, 'manifests'),
      workers: false,
      ...publishEvents((event, payload) => events.push({ event, payload })),
    });

  it('plans, applies once with progress and a summary event, then finds nothing to do', async () => {
    const handlers = createPublishHandlers(service());
    const request = publishContract['publish:plan'].request.parse({ siteId: 'site-1', localFolder: join(work, 'site'), remoteFolder: '/' });
    const planned = await handlers['publish:plan'](request, testContext());
    if (!planned.ok) throw new Error(planned.error.message);
    expect(publishContract['publish:plan'].response.parse(planned.value).plan.uploads).toHaveLength(30);

    const applied = await handlers['publish:apply']({ planId: planned.value.planId, parallel: 2 }, testContext());
    if (!applied.ok) throw new Error(applied.error.message);
    expect(publishContract['publish:apply'].response.parse(applied.value).summary).toMatchObject({ failed: [], cancelled: false });
    expect(applied.value.summary.uploaded).toHaveLength(30);
    expect(applied.value.summary.websiteUrl).toMatch(/^https:\/\/example\.org\/\?ferry=\d+$/);
    expect(await readSite(server.root)).toEqual(siteSpec(30));

    const progress = events.filter((e) => e.event === 'publish:progress').map((e) => publishEventContract['publish:progress'].parse(e.payload));
    expect(progress.at(-1)).toMatchObject({ planId: planned.value.planId, phase: 'done' });
    expect(events.filter((e) => e.event === 'publish:summary')).toHaveLength(1);

    const twice = await handlers['publish:apply']({ planId: planned.value.planId }, testContext());
    expect(twice).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const again = await handlers['publish:plan'](request, testContext());
    expect(again.ok && again.value.plan.uploads).toEqual([]);
    if (again.ok) expect(await handlers['publish:cancel']({ planId: again.value.planId }, testContext())).toEqual({ ok: true, value: { cancelled: true } });
  });

  it('answers a plan for an unknown site with an error, not a throw', async () => {
    const handlers = createPublishHandlers(service());
    const result = await handlers['publish:plan']({ siteId: 'nope', localFolder: work, remoteFolder: '/', deleteRemoteOnly: false, checksum: false }, testContext());
    expect(result.ok).toBe(false);
  });
});

describe('publishEvents', () => {
  it('sends at most one progress event per 100 ms, but always the last', () => {
    const sent: string[] = [];
    let now = 0;
    const events = publishEvents((event, payload) => sent.push(`${event}:${'phase' in payload ? payload.phase : ''}`), () => now);
    const step = { done: 1, total: 3, bytesDone: 0, bytesTotal: 0 };
    events.onProgress?.('p', { ...step, phase: 'uploads' });
    now = 50;
    events.onProgress?.('p', { ...step, phase: 'uploads' });
    now = 60;
    events.onProgress?.('p', { ...step, phase: 'done' });
    expect(sent).toEqual(['publish:progress:uploads', 'publish:progress:done']);
  });
});
