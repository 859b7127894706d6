import { z } from 'zod';
import {
  existsDecisionSchema,
  existsQuestionSchema,
  transferJobSchema,
  transferJobsEventSchema,
  transferPolicySchema,
  transferProgressEventSchema,
  transferRequestSchema,
} from './transfer.js';

// The request and response schemas of the `transfers:*` channels and events (see ipc-contract.ts).

/** Job ids to act on; absent = every job (pause all, resume all…). */
const jobIdsRequest = z.strictObject({ ids: z.array(z.string().min(1).max(100)).max(100_000).optional() });
/** How many jobs an action touched. */
const countResponse = z.object({ count: z.number().int().nonnegative() });

/** The queue's whole state, for a renderer that (re)loads. */
export const transfersListResponseSchema = z.object({ jobs: z.array(transferJobSchema), policy: transferPolicySchema });

/** Invoke channels of the transfer queue. */
export const transfersContract = {
  'transfers:enqueue': {
    request: z.strictObject({ requests: z.array(transferRequestSchema).min(1).max(10_000) }),
    response: z.object({ jobs: z.array(transferJobSchema) }),
  },
  'transfers:list': { request: z.strictObject({}), response: transfersListResponseSchema },
  'transfers:pause': { request: jobIdsRequest, response: countResponse },
  'transfers:resume': { request: jobIdsRequest, response: countResponse },
  'transfers:cancel': { request: jobIdsRequest, response: countResponse },
  'transfers:retry': { request: jobIdsRequest, response: countResponse },
  'transfers:clear-finished': { request: z.strictObject({}), response: countResponse },
  'transfers:set-policy': { request: z.strictObject({ policy: transferPolicySchema.partial().strict() }), response: transferPolicySchema },
  'transfers:answer': {
    request: z.strictObject({ jobId: z.string().min(1).max(100), decision: existsDecisionSchema, applyToAll: z.boolean().default(false) }),
    response: z.object({ answered: z.number().int().nonnegative() }),
  },
} as const;

/** Event channels of the transfer queue: throttled job changes and progress (≤ 10/s each), and questions. */
export const transfersEventContract = {
  'transfers:jobs': transferJobsEventSchema,
  'transfers:progress': transferProgressEventSchema,
  'transfers:question': existsQuestionSchema,
} as const;

export type TransfersList = z.infer<typeof transfersListResponseSchema>;
