import { z } from 'zod';
import { publishPlanSchema, publishProgressSchema, publishSummarySchema } from './publish.js';

// The request and response schemas of the `publish:*` channels and events (see ipc-contract.ts).

// CR, LF or NUL in a path would be a command injection (INTEROP "Injection").
const remoteFolderSchema = z.string().min(1).max(4096).regex(/^\/[^\r\n\0]*$/, 'The remote folder must be an absolute path without line breaks.');
const localFolderSchema = z
  .string()
  .min(1)
  .max(4096)
  .regex(/^[^\0]*$/, 'A local path cannot contain NUL.')
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'A local path must be absolute.');
const planIdSchema = z.string().min(1).max(100);

/** Invoke channels of publishing: compare (plan), carry out a plan, stop it. */
export const publishContract = {
  'publish:plan': {
    request: z.strictObject({
      /** A saved site's id, or `session:<id>` for a live connection (as the transfer queue names sites). */
      siteId: z.string().min(1).max(200),
      localFolder: localFolderSchema,
      remoteFolder: remoteFolderSchema,
      deleteRemoteOnly: z.boolean().default(false),
      checksum: z.boolean().default(false),
    }),
    response: z.object({ planId: planIdSchema, plan: publishPlanSchema }),
  },
  'publish:apply': {
    request: z.strictObject({ planId: planIdSchema, parallel: z.number().int().min(1).max(10).optional() }),
    response: z.object({ planId: planIdSchema, summary: publishSummarySchema }),
  },
  'publish:cancel': {
    request: z.strictObject({ planId: planIdSchema }),
    response: z.object({ cancelled: z.boolean() }),
  },
} as const;

/** Event channels of publishing: progress while a plan is applied (throttled), and its summary at the end. */
export const publishEventContract = {
  'publish:progress': publishProgressSchema.extend({ planId: planIdSchema }),
  'publish:summary': z.object({ planId: planIdSchema, summary: publishSummarySchema }),
} as const;
