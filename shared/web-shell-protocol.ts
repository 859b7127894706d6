import { z } from 'zod';
import { appErrorSchema } from './errors.js';

/**
 * The web shell's WebSocket frames (JSON text, one message per frame). Main validates every incoming frame
 * with these schemas; the renderer only imports the types.
 */
export const clientMessageSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('invoke'),
      id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
      channel: z.string().max(200),
      payload: z.unknown(),
    })
    .strict(),
  z.object({ type: z.literal('ready') }).strict(),
]);

const resultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: appErrorSchema }),
]);

/** Frames main sends: the answer to one invoke (by id), or an event. */
export const serverMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('result'), id: z.number(), result: resultSchema }),
  z.object({ type: z.literal('event'), event: z.string(), payload: z.unknown() }),
]);

export type ClientMessage = z.infer<typeof clientMessageSchema>;
export type ServerMessage = z.infer<typeof serverMessageSchema>;

/** Path of the WebSocket endpoint; the token travels as `?token=`. */
export const webShellSocketPath = '/ipc';
