import { appError } from '../../shared/errors.js';
import { invokeChannels, type InvokeChannel } from '../../shared/ipc-channels.js';
import { invokeContract } from '../../shared/ipc-contract.js';
import { fail, ok, type Result } from '../../shared/result.js';
import type { HandlerContext, HandlerTable } from './handler-table.js';
import { describeIssues } from './validation-message.js';

/** Options for createDispatcher. */
export interface DispatcherOptions {
  /**
   * Also validate what handlers return (tests and development); a bad response becomes INTERNAL. Very long
   * lists are checked on a sample and passed on as the handler built them (see sampleLongLists).
   */
  readonly validateResponses?: boolean;
  /** Told about handler crashes, which the renderer only sees as INTERNAL. */
  readonly onInternalError?: (channel: InvokeChannel, error: unknown) => void;
}

/** Lists longer than this are checked on a sample of this many items (see sampleLongLists). */
export const responseSampleSize = 2000;

/**
 * For a response object with a very long list (a 100 000-entry folder), a copy whose long lists are cut to
 * an evenly spread sample, first and last item included; undefined when nothing is that long. Checking every
 * entry with zod took ~100 ms of the main process per such listing, on a path the user waits on.
 */
export function sampleLongLists(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    if (!Array.isArray(item) || item.length <= responseSampleSize) continue;
    const step = (item.length - 1) / (responseSampleSize - 1);
    const sample = Array.from({ length: responseSampleSize }, (_, index) => item[Math.round(index * step)] as unknown);
    copy ??= { ...value };
    copy[key] = sample;
  }
  return copy;
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
        const sampled = sampleLongLists(result.value);
        const checked = contract.response.safeParse(sampled ?? result.value);
        if (!checked.success) {
          report(channel, new Error(`bad response: ${describeIssues(checked.error.issues)}`));
          return fail(appError('INTERNAL', `Internal error in ${channel}`, 'response did not match the contract'));
        }
        return sampled === undefined ? ok(checked.data) : result;
      }
      return result;
    } catch (error) {
      report(channel, error);
      return fail(appError('INTERNAL', `Internal error in ${channel}`));
    }
  };
}
