import { z } from 'zod';
import type { EventChannel, InvokeChannel } from './ipc-channels.js';
import { localListingSchema } from './local-entry.js';
import {
  localChmodRequestSchema,
  localDeleteRequestSchema,
  localDoneSchema,
  localMkdirRequestSchema,
  localPathResponseSchema,
  localRenameRequestSchema,
} from './local-fs.js';
import { remoteListProgressEventSchema } from './remote-list-progress.js';
import { packedRemoteListingSchema } from './remote-listing-wire.js';
import {
  remoteChmodRequestSchema,
  remoteConnectRequestSchema,
  remoteConnectResponseSchema,
  remoteDoneSchema,
  remoteListRequestSchema,
  remoteMkdirResponseSchema,
  remotePathRequestSchema,
  remoteRenameRequestSchema,
  remoteSessionRequestSchema,
  remoteStateEventSchema,
  remoteTrustRequestSchema,
} from './remote-session.js';
import { publishContract, publishEventContract } from './publish-ipc.js';
import type { Result } from './result.js';
import { sitesContract } from './site-ipc.js';
import { transfersContract, transfersEventContract } from './transfer-ipc.js';

const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  shell: z.enum(['electron', 'web']),
});

/** Every invoke channel: a request schema (validated in main) and a response schema (the handler's value). */
export const invokeContract = {
  'app:info': {
    request: z.object({}).strict(),
    response: appInfoSchema,
  },
  'local:list': {
    // No path means the user's home folder.
    request: z.object({ path: z.string().min(1).max(4096).optional() }).strict(),
    response: localListingSchema,
  },
  // The local pane's file operations (electron/services/local-*.ts); names are single names, see local-fs.ts.
  'local:mkdir': { request: localMkdirRequestSchema, response: localPathResponseSchema },
  'local:rename': { request: localRenameRequestSchema, response: localPathResponseSchema },
  'local:delete': { request: localDeleteRequestSchema, response: localDoneSchema },
  'local:chmod': { request: localChmodRequestSchema, response: localDoneSchema },
  // Remote browsing (electron/sessions). Passwords only ever travel in remote:connect / remote:trust requests.
  'remote:connect': { request: remoteConnectRequestSchema, response: remoteConnectResponseSchema },
  'remote:trust': { request: remoteTrustRequestSchema, response: remoteConnectResponseSchema },
  'remote:disconnect': { request: remoteSessionRequestSchema, response: remoteDoneSchema },
  'remote:list': { request: remoteListRequestSchema, response: packedRemoteListingSchema },
  'remote:mkdir': { request: remotePathRequestSchema, response: remoteMkdirResponseSchema },
  'remote:rename': { request: remoteRenameRequestSchema, response: remoteDoneSchema },
  'remote:delete': { request: remotePathRequestSchema, response: remoteDoneSchema },
  'remote:rmdir': { request: remotePathRequestSchema, response: remoteDoneSchema },
  'remote:chmod': { request: remoteChmodRequestSchema, response: remoteDoneSchema },
  // Site manager (electron/services/sites-*.ts). Passwords only in requests; see shared/site-ipc.ts.
  ...sitesContract,
  // Transfer queue (electron/transfers). See shared/transfer-ipc.ts.
  ...transfersContract,
  // Publishing a website (electron/publish). See shared/publish-ipc.ts.
  ...publishContract,
} as const satisfies Record<InvokeChannel, { request: z.ZodType; response: z.ZodType }>;

const logLineSchema = z.object({
  time: z.number(),
  level: z.enum(['status', 'command', 'reply', 'error']),
  text: z.string(),
  /** The remote session the line belongs to; absent for app-wide lines. */
  sessionId: z.string().optional(),
});

/** Every event channel and its payload schema. */
export const eventContract = {
  'log:line': logLineSchema,
  'remote:state': remoteStateEventSchema,
  // Only to the renderer whose remote:list asked for it (see EventHub.emitTo).
  'remote:list-progress': remoteListProgressEventSchema,
  ...transfersEventContract,
  ...publishEventContract,
} as const satisfies Record<EventChannel, z.ZodType>;

export type RequestOf<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['response']>;
export type EventOf<E extends EventChannel> = z.output<(typeof eventContract)[E]>;
export type AppInfo = z.infer<typeof appInfoSchema>;
export type LogLine = z.infer<typeof logLineSchema>;

/**
 * A file the page holds (a DOM `File`, e.g. from a drop). shared/ has no DOM types, so this names only what
 * the bridge's callers need; the preload hands the real object to Electron's webUtils.
 */
export interface PageFile {
  readonly name: string;
}

/**
 * The one object the renderer talks to, whatever carries it (Electron's preload or the web shell's WebSocket).
 */
export interface FerryBridge {
  invoke<C extends InvokeChannel>(channel: C, payload: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  on<E extends EventChannel>(event: E, listener: (payload: EventOf<E>) => void): () => void;
  /** Says the renderer's listeners are attached: main flushes the events it queued. */
  ready(): void;
  /**
   * The absolute local path of a file dropped from the operating system, '' when it has none (one made by a
   * script). Only Electron's preload offers it: a browser never reveals local paths, so the web shell's
   * bridge leaves it out and the renderer says dropping from the computer needs the desktop app.
   */
  pathForFile?(file: PageFile): string;
}
