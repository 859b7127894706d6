import type { PinnedCertificate, Site, SiteFolder } from '../../shared/site.js';
import { SiteStoreError } from './site-store-error.js';
import type { StoreFile } from './store-file.js';

// Pure edits of a StoreFile: each returns a new file and leaves its input alone, so the store can commit
// to memory only after the disk write succeeded.

/** Throws NOT_FOUND unless `folderId` is null (top level) or an existing folder. */
export function requireFolder(file: StoreFile, folderId: string | null): void {
  if (folderId !== null && !file.folders.some((folder) => folder.id === folderId)) {
    throw new SiteStoreError('NOT_FOUND', `There is no folder with id "${folderId}".`);
  }
}

/** Returns the site or throws NOT_FOUND. */
export function requireSite(file: StoreFile, siteId: string): Site {
  const site = file.sites.find((candidate) => candidate.id === siteId);
  if (site === undefined) throw new SiteStoreError('NOT_FOUND', `There is no site with id "${siteId}".`);
  return site;
}

/** Adds or replaces a site (matched by id) after checking its folder. */
export function putSite(file: StoreFile, site: Site): StoreFile {
  requireFolder(file, site.folderId);
  const exists = file.sites.some((candidate) => candidate.id === site.id);
  const sites = exists ? file.sites.map((old) => (old.id === site.id ? site : old)) : [...file.sites, site];
  return { ...file, sites };
}

/** Removes a site; throws NOT_FOUND if it is not there. */
export function removeSite(file: StoreFile, siteId: string): StoreFile {
  requireSite(file, siteId);
  return { ...file, sites: file.sites.filter((site) => site.id !== siteId) };
}

/** "Blog" → "Blog (copy)", then "Blog (copy 2)", … — unique among the sites of that folder. */
export function copyName(file: StoreFile, name: string, folderId: string | null): string {
  const taken = new Set(file.sites.filter((site) => site.folderId === folderId).map((site) => site.name));
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? `${name} (copy)` : `${name} (copy ${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Returns the folder or throws NOT_FOUND. */
export function requireFolderRecord(file: StoreFile, folderId: string): SiteFolder {
  const folder = file.folders.find((candidate) => candidate.id === folderId);
  if (folder === undefined) throw new SiteStoreError('NOT_FOUND', `There is no folder with id "${folderId}".`);
  return folder;
}

/** Ids of the folder and every folder below it. */
export function folderSubtree(file: StoreFile, folderId: string): Set<string> {
  const ids = new Set([folderId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const folder of file.folders) {
      if (folder.parentId !== null && ids.has(folder.parentId) && !ids.has(folder.id)) {
        ids.add(folder.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** Adds or replaces a folder; refuses a parent that is the folder itself or lies inside it. */
export function putFolder(file: StoreFile, folder: SiteFolder): StoreFile {
  requireFolder(file, folder.parentId);
  const exists = file.folders.some((candidate) => candidate.id === folder.id);
  if (exists && folder.parentId !== null && folderSubtree(file, folder.id).has(folder.parentId)) {
    throw new SiteStoreError('INVALID_ARGUMENT', 'A folder cannot be moved into itself or one of its subfolders.');
  }
  const folders = exists ? file.folders.map((old) => (old.id === folder.id ? folder : old)) : [...file.folders, folder];
  return { ...file, folders };
}

/** Removes a folder with everything inside it, and says which sites went with it (their passwords must go too). */
export function removeFolder(file: StoreFile, folderId: string): { file: StoreFile; removedSiteIds: string[] } {
  requireFolderRecord(file, folderId);
  const doomed = folderSubtree(file, folderId);
  const removedSiteIds = file.sites.filter((s) => s.folderId !== null && doomed.has(s.folderId)).map((s) => s.id);
  return {
    file: {
      ...file,
      folders: file.folders.filter((folder) => !doomed.has(folder.id)),
      sites: file.sites.filter((site) => site.folderId === null || !doomed.has(site.folderId)),
    },
    removedSiteIds,
  };
}

const samePlace = (pin: PinnedCertificate, host: string, port: number): boolean =>
  pin.host === host.toLowerCase() && pin.port === port;

/** The pin for a host and port (host compared case-insensitively), if any. */
export function findPin(file: StoreFile, host: string, port: number): PinnedCertificate | undefined {
  return file.pinnedCertificates.find((pin) => samePlace(pin, host, port));
}

/** Pins a certificate; one pin per host and port, so a new one replaces the old. */
export function putPin(file: StoreFile, pin: PinnedCertificate): StoreFile {
  const others = file.pinnedCertificates.filter((old) => !samePlace(old, pin.host, pin.port));
  return { ...file, pinnedCertificates: [...others, pin] };
}

/** Forgets the pin for a host and port; returns the file unchanged when there was none. */
export function removePin(file: StoreFile, host: string, port: number): StoreFile {
  return { ...file, pinnedCertificates: file.pinnedCertificates.filter((pin) => !samePlace(pin, host, port)) };
}
