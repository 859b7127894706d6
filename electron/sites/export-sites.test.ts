import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { exportSites, siteExportSchema } from './export-sites.js';
import { SiteStore } from './site-store.js';

it('exports folders and sites as JSON that validates, without any password field', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'ferry-export-'));
  try {
    const store = await SiteStore.open({ folder });
    const work = await store.createFolder({ name: 'Work' });
    await store.createSite({ name: 'Blog', host: 'h', folderId: work.id, user: 'jane' });
    const text = exportSites(store, new Date('2026-11-21T10:00:00.000Z'));
    const document = siteExportSchema.parse(JSON.parse(text));
    expect(document).toMatchObject({ format: 'ferry-sites', version: 1, exportedAt: '2026-11-21T10:00:00.000Z' });
    expect(document.folders).toEqual([work]);
    expect(document.sites).toEqual(store.snapshot().sites);
    expect(Object.keys(document.sites[0] ?? {})).not.toContain('password');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
