import { z } from 'zod';
import { entryKindSchema } from './local-entry.js';

/**
 * One entry of a remote folder listing, whatever the server's listing format. Fields a listing did not carry
 * are null rather than guessed. Times are milliseconds since the epoch, UTC.
 */
export const remoteEntrySchema = z.object({
  name: z.string(),
  kind: entryKindSchema,
  size: z.number().nonnegative().nullable(),
  modified: z.number().nullable(),
  /** As the server shows it, e.g. `rwxr-xr-x` (LIST) or an MLSD `perm` fact such as `adfrw`. */
  permissions: z.string().nullable(),
  /** Numeric permission bits (0o644) when the listing gives them; what a chmod dialog starts from. */
  mode: z.number().int().nonnegative().nullable(),
  owner: z.string().nullable(),
  group: z.string().nullable(),
  linkTarget: z.string().nullable(),
  /** Dot-files such as `.htaccess`; shown by default on the remote side (publishing needs them). */
  hidden: z.boolean(),
});

/** A listed remote folder: its absolute path as the server names it, its parent (null at the root), entries. */
export const remoteListingSchema = z.object({
  path: z.string(),
  parent: z.string().nullable(),
  entries: z.array(remoteEntrySchema),
});

export type RemoteEntry = z.infer<typeof remoteEntrySchema>;
export type RemoteListing = z.infer<typeof remoteListingSchema>;
