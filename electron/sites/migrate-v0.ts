import { z } from 'zod';

/**
 * Format 0: the unversioned prototype file. Folders were a `group` path ("Work/Clients"), security a `secure`
 * word, anonymity and passive mode booleans, pins keyed `sha256`. Kept as the first migration so the mechanism
 * has a real step to run and test.
 */
const v0Schema = z.object({
  sites: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        group: z.string().optional(),
        host: z.string(),
        port: z.number().optional(),
        secure: z.enum(['none', 'explicit', 'implicit']).optional(),
        anonymous: z.boolean().optional(),
        user: z.string().optional(),
        passive: z.boolean().optional(),
        remotePath: z.string().optional(),
        localPath: z.string().optional(),
      }),
    )
    .default([]),
  trusted: z
    .array(z.object({ host: z.string(), port: z.number(), sha256: z.string(), subject: z.string(), added: z.string() }))
    .default([]),
});

const protocolOf = { none: 'ftp', explicit: 'ftpes-required', implicit: 'ftps-implicit' } as const;

/** Upgrades a format-0 document to format 1: group paths become folder records, the rest is renamed. */
export function migrateV0(document: unknown): unknown {
  const v0 = v0Schema.parse(document);
  const folders: { id: string; name: string; parentId: string | null }[] = [];
  const folderIdByPath = new Map<string, string>();
  const folderFor = (group: string | undefined): string | null => {
    let parentId: string | null = null;
    let path = '';
    for (const name of (group ?? '').split('/').map((part) => part.trim()).filter((part) => part !== '')) {
      path += `/${name}`;
      let id = folderIdByPath.get(path);
      if (id === undefined) {
        id = `v0-folder-${folders.length + 1}`;
        folderIdByPath.set(path, id);
        folders.push({ id, name, parentId });
      }
      parentId = id;
    }
    return parentId;
  };
  const sites = v0.sites.map((site) => {
    const protocol = protocolOf[site.secure ?? 'none'];
    return {
      id: site.id,
      name: site.name,
      folderId: folderFor(site.group),
      host: site.host,
      port: site.port ?? (protocol === 'ftps-implicit' ? 990 : 21),
      protocol,
      logonType: site.anonymous === true ? 'anonymous' : 'normal',
      user: site.user ?? '',
      localDir: site.localPath ?? '',
      remoteDir: site.remotePath ?? '',
      transferMode: site.passive === false ? 'active' : 'passive',
      maxConnections: 2,
      encoding: 'utf-8',
      websiteUrl: '',
      publishFolder: '',
      notes: '',
      colour: 'none',
    };
  });
  const pinnedCertificates = v0.trusted.map((pin) => ({
    host: pin.host,
    port: pin.port,
    fingerprint256: pin.sha256,
    subject: pin.subject,
    pinnedAt: pin.added,
  }));
  return { version: 1, folders, sites, pinnedCertificates };
}
