import { z } from 'zod';

/** What a pane row is: a file, a folder, or a link (which may point at either). */
export const entryKindSchema = z.enum(['file', 'directory', 'symlink', 'other']);

/** One entry of a local folder listing. Times are milliseconds since the epoch, UTC. */
export const localEntrySchema = z.object({
  name: z.string(),
  kind: entryKindSchema,
  size: z.number().nonnegative(),
  modified: z.number().nullable(),
  hidden: z.boolean(),
  /** Permission bits (`stat.mode & 0o7777`, a link's target's); absent when unknown. Meaningless on Windows. */
  mode: z.number().int().min(0).max(0o7777).optional(),
});

/** A listed local folder: its absolute path, its parent (null at a root) and its entries. */
export const localListingSchema = z.object({
  path: z.string(),
  parent: z.string().nullable(),
  entries: z.array(localEntrySchema),
});

export type EntryKind = z.infer<typeof entryKindSchema>;
export type LocalEntry = z.infer<typeof localEntrySchema>;
export type LocalListing = z.infer<typeof localListingSchema>;
