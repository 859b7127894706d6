import { z } from 'zod';

/**
 * Publishing a local folder to a remote folder: the plan shown before anything is sent, and the summary after.
 * Paths inside a plan are relative to the two roots, with `/` separators, never starting with `/`.
 */

/** Why a file is in the upload list. */
export const uploadReasonSchema = z.enum([
  /** Not on the server. */
  'new',
  /** Sizes differ. */
  'size',
  /** Times differ (the server can set times, so they should be equal). */
  'time',
  /** The local file is newer than the server's copy (servers that cannot set times). */
  'newer',
  /** Same size but the server's hash differs (--checksum). */
  'content',
  /** Local size or time differ from what the last publish sent. */
  'changed-since-publish',
  /** The server's copy no longer matches what the last publish left there. */
  'changed-on-server',
]);

/** One file to send. */
export const planUploadSchema = z.object({
  path: z.string(),
  size: z.number().nonnegative(),
  /** Local modification time, ms since the epoch. */
  localModified: z.number(),
  reason: uploadReasonSchema,
  /** A short sentence for people, e.g. "12 KB here, 10 KB on the server". */
  detail: z.string(),
});

/** A remote name the local folder does not have. */
export const planRemoteOnlySchema = z.object({ path: z.string(), folder: z.boolean() });

/** Something the user should know before confirming. */
export const publishWarningSchema = z.object({
  code: z.enum(['no-index', 'case-collision', 'web-root', 'type-conflict', 'time-unknown', 'checksum-unavailable', 'unreadable', 'deletes-everything']),
  message: z.string(),
  paths: z.array(z.string()).default([]),
});

/** How the remote side was compared (for the preview's fine print). */
export const comparisonInfoSchema = z.object({
  listing: z.enum(['mlsd', 'list']),
  /** Minutes the server's LIST times are ahead of UTC, when detected (LIST-only servers). */
  timeOffsetMinutes: z.number().optional(),
  /** The server can set modification times (MFMT). */
  setsTimes: z.boolean(),
  /** The hash command used with --checksum. */
  hash: z.string().optional(),
  /** Files whose comparison used the last publish's manifest. */
  fromManifest: z.number().int().nonnegative(),
});

/** What a publish will do; nothing is sent before the user confirms it. */
export const publishPlanSchema = z.object({
  localRoot: z.string(),
  remoteRoot: z.string(),
  createdAt: z.number(),
  deleteRemoteOnly: z.boolean(),
  uploads: z.array(planUploadSchema),
  /** Folders to create, parents first. The remote root itself is `''`. */
  folders: z.array(z.string()),
  /** Deletes, in the order they run (files, then folders deepest first); empty unless opted in. */
  deletes: z.array(planRemoteOnlySchema),
  /** Everything on the server the local folder lacks (deleted only when opted in). */
  remoteOnly: z.array(planRemoteOnlySchema),
  unchanged: z.array(z.string()),
  /** Local (and protected remote) names left out by the ignore rules. */
  ignored: z.array(z.string()),
  warnings: z.array(publishWarningSchema),
  /** A better remote folder to publish to (the server's web root), when the chosen one looks wrong. */
  webRootSuggestion: z.string().optional(),
  uploadBytes: z.number().nonnegative(),
  comparison: comparisonInfoSchema,
});

/** One thing that did not work. */
export const publishFailureSchema = z.object({
  path: z.string(),
  action: z.enum(['upload', 'mkdir', 'delete']),
  message: z.string(),
});

/** How a publish ended. */
export const publishSummarySchema = z.object({
  uploaded: z.array(z.object({ path: z.string(), bytes: z.number().nonnegative() })),
  foldersCreated: z.array(z.string()),
  deleted: z.array(z.string()),
  /** Unchanged plus ignored. */
  skipped: z.number().int().nonnegative(),
  failed: z.array(publishFailureSchema),
  /** Stopped by the user before the end. */
  cancelled: z.boolean(),
  durationMs: z.number().nonnegative(),
  /** The site's address with a cache-busting parameter, for "Open website". */
  websiteUrl: z.string().optional(),
});

/** Progress while applying: files finished so far out of the plan's total. */
export const publishProgressSchema = z.object({
  phase: z.enum(['folders', 'uploads', 'deletes', 'done']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  bytesDone: z.number().nonnegative(),
  bytesTotal: z.number().nonnegative(),
  /** The path that just finished, when one did. */
  path: z.string().optional(),
});

export type UploadReason = z.infer<typeof uploadReasonSchema>;
export type PlanUpload = z.infer<typeof planUploadSchema>;
export type PlanRemoteOnly = z.infer<typeof planRemoteOnlySchema>;
export type PublishWarning = z.infer<typeof publishWarningSchema>;
export type ComparisonInfo = z.infer<typeof comparisonInfoSchema>;
export type PublishPlan = z.infer<typeof publishPlanSchema>;
export type PublishFailure = z.infer<typeof publishFailureSchema>;
export type PublishSummary = z.infer<typeof publishSummarySchema>;
export type PublishProgress = z.infer<typeof publishProgressSchema>;

