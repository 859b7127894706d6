import { appError } from '../../shared/errors.js';
import { invokeChannels, type InvokeChannel } from '../../shared/ipc-channels.js';
import { invokeContract } from '../../shared/ipc-contract.js';
import { fail, ok, type Result } from '../../shared/result.js';
import type { HandlerContext, HandlerTable } from './handler-table.js';
import { describeIssues } from './validation-message.js';

/** Options for createDispatcher. */
export interface DispatcherOptions {
  /** Also validate what handlers return (tests and development); a bad response becomes INTERNAL. */
  readonly validateResponses?: boolean;
  /** Told about handler crashes, which the renderer only sees as INTERNAL. */
  readonly onInternalError?: (channel: InvokeChannel, error: unknown) => void;
}

/** Runs one untrusted call; always resolves, never rejects. */
export type Dispatch = (channel: unknown, payload: unknown, context: HandlerContext) => Promise<Result<unknown>>;

/** True for the channel names of the contract; the guard every transport uses before a lookup. */
export function isInvokeChannel(channel: unknown): channel is InvokeChannel {
  return typeof channel === 'string' && (invokeChannels as readonly string[]).includes(channel);
}

/**
 * Builds the one entry point both shells call: checks the channel, validates the payload against the contract,
 * runs the handler and turns anything thrown into INTERNAL (Electron would keep only an error's message).
 */
export function createDispatcher(table: HandlerTable, options: DispatcherOptions = {}): Dispatch {
  const report = options.onInternalError ?? ((channel, error) => console.error(`ferry: ${channel} failed`, error));
  return async (channel, payload, context) => {
    if (!isInvokeChannel(channel)) {
      return fail(appError('UNKNOWN_CHANNEL', `Unknown channel: ${String(channel).slice(0, 100)}`));
    }
    const contract = invokeContract[channel];
    const parsed = contract.request.safeParse(payload);
    if (!parsed.success) {
      return fail(appError('INVALID_ARGUMENT', `Invalid payload for ${channel}: ${describeIssues(parsed.error.issues)}`));
    }
    try {
      // The mapped table guarantees table[channel] takes this channel's payload; TS cannot correlate the union.
      const handler = table[channel] as (p: unknown, c: HandlerContext) => Promise<Result<unknown>>;
      const result = await handler(parsed.data, context);
      if (options.validateResponses === true && result.ok) {
        const checked = contract.response.safeParse(result.value);
        if (!checked.success) {
          report(channel, new Error(`bad response: ${describeIssues(checked.error.issues)}`));
          return fail(appError('INTERNAL', `Internal error in ${channel}`, 'response did not match the contract'));
        }
        return ok(checked.data);
      }
      return result;
    } catch (error) {
      report(channel, error);
      return fail(appError('INTERNAL', `Internal error in ${channel}`));
    }
  };
}
