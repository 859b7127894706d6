import { z } from 'zod';
import { packedRemoteListingSchema } from './remote-listing-wire.js';
import { listRequestIdSchema, remoteSessionIdSchema } from './remote-session.js';

/**
 * The `remote:list-progress` event: a `remote:list` call with a `requestId` is still arriving. The first such
 * event of a call carries `preview`, the folder's first entries packed like the final answer; later ones
 * carry only the running `count`. A preview is never the folder: the answer of `remote:list` is.
 */
export const remoteListProgressEventSchema = z.object({
  sessionId: remoteSessionIdSchema,
  requestId: listRequestIdSchema,
  /** The folder being listed, as the server names it (known before its entries). */
  path: z.string().optional(),
  /** Entries listed so far: all of them, not only the preview's. */
  count: z.number().int().nonnegative(),
  preview: packedRemoteListingSchema.optional(),
});
export type RemoteListProgressEvent = z.infer<typeof remoteListProgressEventSchema>;
