import { z } from 'zod';
import { siteFolderSchema, siteSchema } from '../../shared/site.js';
import type { SiteStore } from './site-store.js';

/** The export document: folders and sites, no passwords (the site model has no place for one). */
export const siteExportSchema = z.strictObject({
  format: z.literal('ferry-sites'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  folders: z.array(siteFolderSchema),
  sites: z.array(siteSchema),
});
export type SiteExport = z.infer<typeof siteExportSchema>;

/**
 * Exports every site and folder as pretty JSON. Each site goes through the strict site schema on the way out,
 * so even a site object that somehow carried extra fields (a password) would fail rather than leak.
 */
export function exportSites(store: SiteStore, now: Date = new Date()): string {
  const { folders, sites } = store.snapshot();
  const document = siteExportSchema.parse({ format: 'ferry-sites', version: 1, exportedAt: now.toISOString(), folders, sites });
  return `${JSON.stringify(document, null, 2)}\n`;
}
