import type { z } from 'zod';
import type { InvokeChannel } from '../../shared/ipc-channels.js';
import type { ResponseOf, invokeContract } from '../../shared/ipc-contract.js';
import type { Result } from '../../shared/result.js';

/** A request after zod parsed it: defaults applied, unknown keys already refused. */
export type ParsedRequestOf<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['request']>;

/** What the transport tells a handler about the call, whichever shell carries it. */
export interface HandlerContext {
  /** Stable per connected renderer (an Electron webContents or a WebSocket client). */
  readonly clientId: string;
  /** Aborted when that renderer goes away, so long work can stop. */
  readonly signal: AbortSignal;
}

/** One channel's handler: gets the validated payload, never needs to validate again. */
export type Handler<C extends InvokeChannel> = (
  payload: ParsedRequestOf<C>,
  context: HandlerContext,
) => Promise<Result<ResponseOf<C>>>;

/**
 * Every invoke channel mapped to its handler. Mapped over InvokeChannel without `?`, so a table that forgets
 * a channel does not compile (see handler-table.test.ts).
 */
export type HandlerTable = { readonly [C in InvokeChannel]: Handler<C> };
