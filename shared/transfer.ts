import { z } from 'zod';

/** What a job does. Folder up/downloads expand into one job per file (children name their parent). */
export const transferKindSchema = z.enum(['download', 'upload', 'mkdir', 'delete']);

/** Where a job is in its life. `waiting` = waiting for the user's answer to a file-exists question. */
export const jobStateSchema = z.enum(['queued', 'active', 'paused', 'done', 'failed', 'cancelled', 'waiting']);

/** What to do when the target already exists (FileZilla's set, plus `ask`). */
export const existsPolicySchema = z.enum([
  'ask',
  'overwrite',
  'overwrite-if-newer',
  'overwrite-if-size-differs',
  'resume',
  'rename',
  'skip',
]);

/** The answer to a question: any policy except asking again. */
export const existsDecisionSchema = existsPolicySchema.exclude(['ask']);

/** Why a job failed: a stable code and a sentence for people. */
export const transferErrorSchema = z.object({
  code: z.string().max(64),
  message: z.string(),
  detail: z.string().optional(),
});

/** A file's size and modification time (ms since the epoch, UTC) when known. */
export const fileStatSchema = z.object({
  size: z.number().nonnegative().optional(),
  modified: z.number().optional(),
});

/** The question a `waiting` job asks. */
export const existsQuestionSchema = z.object({
  jobId: z.string(),
  kind: z.enum(['download', 'upload']),
  /** The path that exists (local for downloads, remote for uploads). */
  target: z.string(),
  source: fileStatSchema,
  existing: fileStatSchema,
});

// CR, LF or NUL in a path would be a command injection (INTEROP "Injection"); the engine refuses them too.
const remotePathSchema = z.string().min(1).max(4096).regex(/^[^\r\n\0]*$/, 'A remote path cannot contain line breaks or NUL.');
// Relative local paths would resolve against main's working folder, which the user never chose.
const localPathSchema = z
  .string()
  .min(1)
  .max(4096)
  .regex(/^[^\0]*$/, 'A local path cannot contain NUL.')
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'A local path must be absolute.');

/** What the caller asks for; the queue fills in the rest. */
export const transferRequestSchema = z
  .object({
    siteId: z.string().min(1).max(200),
    kind: transferKindSchema,
    /** A folder (recursive) rather than one file; meaningful for download, upload and delete. */
    folder: z.boolean().default(false),
    remotePath: remotePathSchema,
    /** Required for download and upload. */
    localPath: localPathSchema.optional(),
    priority: z.number().int().min(-100).max(100).default(0),
    /** Overrides the queue's file-exists policy for this job. */
    onExists: existsPolicySchema.optional(),
  })
  .strict()
  .refine((r) => r.localPath !== undefined || r.kind === 'mkdir' || r.kind === 'delete', {
    message: 'localPath is required for download and upload',
    path: ['localPath'],
  });

/** One job as the queue keeps, persists and reports it. */
export const transferJobSchema = z.object({
  id: z.string(),
  siteId: z.string(),
  kind: transferKindSchema,
  folder: z.boolean(),
  remotePath: z.string(),
  localPath: z.string().optional(),
  /** The folder a recursive download may write into; children must stay inside it. */
  localRoot: z.string().optional(),
  parentId: z.string().optional(),
  priority: z.number().int(),
  state: jobStateSchema,
  size: z.number().nonnegative().optional(),
  /** The target folder had no such name when the batch expanded it (remote for uploads, local for downloads). */
  targetAbsent: z.boolean().optional(),
  /** The remote file's time (ms) from a precise listing, so a folder child needs no MDTM. */
  remoteModified: z.number().optional(),
  bytesDone: z.number().nonnegative(),
  attempts: z.number().int().nonnegative(),
  /** Set once the job first ran: a target left complete by an interrupted run is then recognised, not asked about. */
  started: z.boolean().optional(),
  onExists: existsPolicySchema.optional(),
  /** Set when the file existed and was left alone (skip). */
  skipped: z.boolean().optional(),
  error: transferErrorSchema.optional(),
  question: existsQuestionSchema.optional(),
  createdAt: z.number(),
  seq: z.number().int(),
});

/** Queue-wide settings. */
export const transferPolicySchema = z.object({
  /** Transfer connections per site (a browse connection is separate). */
  connections: z.number().int().min(1).max(10),
  onExists: existsPolicySchema,
  /** Upload to a temporary name in the same folder, check its size, then rename over the target. */
  atomicUploads: z.boolean(),
  /** Attempts per job for transient failures (4xx, lost connection, timeout) before it fails. */
  maxAttempts: z.number().int().min(1).max(20),
});

/** Progress of one running job. Speed is bytes/s, smoothed; ETA in seconds when it can be guessed. */
export const jobProgressSchema = z.object({
  id: z.string(),
  bytesDone: z.number().nonnegative(),
  size: z.number().nonnegative().optional(),
  speed: z.number().nonnegative(),
  eta: z.number().nonnegative().optional(),
});

/** Totals over every unfinished or finished-this-run job. */
export const totalProgressSchema = z.object({
  bytesDone: z.number().nonnegative(),
  bytesTotal: z.number().nonnegative(),
  speed: z.number().nonnegative(),
  eta: z.number().nonnegative().optional(),
  counts: z.record(jobStateSchema, z.number().int().nonnegative()),
});

/** The throttled progress event (≤ 10 per second). */
export const transferProgressEventSchema = z.object({
  jobs: z.array(jobProgressSchema),
  total: totalProgressSchema,
});

/** The throttled job-change event: jobs whose state or fields changed, and ids removed. */
export const transferJobsEventSchema = z.object({
  changed: z.array(transferJobSchema),
  removed: z.array(z.string()),
});

/** The types, inferred from the schemas above (the schemas are the single source). */
export type TransferKind = z.infer<typeof transferKindSchema>;
export type JobState = z.infer<typeof jobStateSchema>;
export type ExistsPolicy = z.infer<typeof existsPolicySchema>;
export type ExistsDecision = z.infer<typeof existsDecisionSchema>;
export type TransferError = z.infer<typeof transferErrorSchema>;
export type FileStat = z.infer<typeof fileStatSchema>;
export type ExistsQuestion = z.infer<typeof existsQuestionSchema>;
export type TransferRequest = z.input<typeof transferRequestSchema>;
export type TransferJob = z.infer<typeof transferJobSchema>;
export type TransferPolicy = z.infer<typeof transferPolicySchema>;
export type JobProgress = z.infer<typeof jobProgressSchema>;
export type TotalProgress = z.infer<typeof totalProgressSchema>;
export type TransferProgressEvent = z.infer<typeof transferProgressEventSchema>;
export type TransferJobsEvent = z.infer<typeof transferJobsEventSchema>;

/** Defaults: two transfer connections, ask on conflicts, atomic uploads on (for publishing), five attempts. */
export const defaultTransferPolicy: TransferPolicy = {
  connections: 2,
  onExists: 'ask',
  atomicUploads: true,
  maxAttempts: 5,
};

/** States a job never leaves on its own. */
export const finishedStates: readonly JobState[] = ['done', 'failed', 'cancelled'];
