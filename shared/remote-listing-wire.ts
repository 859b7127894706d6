import { z } from 'zod';
import { entryKindSchema } from './local-entry.js';
import type { RemoteEntry, RemoteListing } from './remote-entry.js';

/**
 * How `remote:list` carries a listing: one row per entry instead of one object, and permissions, owner and
 * group (a handful of distinct values in any folder) as indexes into `strings`. A 100 000-entry folder is then
 * ~5.6 MB of JSON instead of ~17 MB, which the main process writes, the socket carries and the page parses
 * while the user waits for the folder to appear (about 100 ms of a ~1 s first paint).
 */

/** Index into `strings`, or -1 for a field the listing lacked. */
const stringRefSchema = z.number().int().min(-1);

/** [name, kind, size, modified (ms, UTC), permissions, mode, owner, group, link target]. */
export const remoteEntryRowSchema = z.tuple([
  z.string(),
  entryKindSchema,
  z.number().nonnegative().nullable(),
  z.number().nullable(),
  stringRefSchema,
  z.number().int().nonnegative().nullable(),
  stringRefSchema,
  stringRefSchema,
  z.string().nullable(),
]);

/** A listed remote folder as it travels; see unpackRemoteListing. */
export const packedRemoteListingSchema = z.object({
  path: z.string(),
  parent: z.string().nullable(),
  strings: z.array(z.string()),
  rows: z.array(remoteEntryRowSchema),
});

export type RemoteEntryRow = z.infer<typeof remoteEntryRowSchema>;
export type PackedRemoteListing = z.infer<typeof packedRemoteListingSchema>;

/** Dot-files such as `.htaccess`: the one rule both sides use for `hidden`. */
export const isHiddenName = (name: string): boolean => name.startsWith('.');

/** Packs a listing for `remote:list` (main side). */
export function packRemoteListing(listing: RemoteListing): PackedRemoteListing {
  const strings: string[] = [];
  const indexes = new Map<string, number>();
  const ref = (value: string | null): number => {
    if (value === null) return -1;
    let index = indexes.get(value);
    if (index === undefined) {
      index = strings.length;
      strings.push(value);
      indexes.set(value, index);
    }
    return index;
  };
  const rows = new Array<RemoteEntryRow>(listing.entries.length);
  for (let i = 0; i < rows.length; i += 1) {
    const e = listing.entries[i]!;
    rows[i] = [e.name, e.kind, e.size, e.modified, ref(e.permissions), e.mode, ref(e.owner), ref(e.group), e.linkTarget];
  }
  return { path: listing.path, parent: listing.parent, strings, rows };
}

/** Back to entries (renderer side); an index outside `strings` reads as a missing field, never as a throw. */
export function unpackRemoteListing(packed: PackedRemoteListing): RemoteListing {
  const { strings, rows } = packed;
  const text = (index: number): string | null => strings[index] ?? null;
  const entries = new Array<RemoteEntry>(rows.length);
  for (let i = 0; i < rows.length; i += 1) {
    const [name, kind, size, modified, permissions, mode, owner, group, linkTarget] = rows[i]!;
    entries[i] = {
      name,
      kind,
      size,
      modified,
      permissions: text(permissions),
      mode,
      owner: text(owner),
      group: text(group),
      linkTarget,
      hidden: isHiddenName(name),
    };
  }
  return { path: packed.path, parent: packed.parent, entries };
}
