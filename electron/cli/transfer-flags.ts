import type { ExistsDecision } from '../../shared/transfer.js';

/** `get`/`put` options that hand the work to the transfer queue (electron/transfers/transfer-batch.ts). */
export interface TransferFlags {
  /** `-r`: a whole folder, mirrored like lftp's `mirror` (its contents go into the target folder). */
  readonly recursive: boolean;
  /** `--parallel N`: connections, 1–10 (default 2). */
  readonly parallel: number;
  /** `--on-exists POLICY` (default overwrite, as a plain get/put does). */
  readonly onExists: ExistsDecision;
  /** `--retries N`: tries after the first for a file that failed in a way that may pass (0–19, default 4). */
  readonly retries: number;
}

/** What `--on-exists` accepts: short words, and the queue's own names too. */
const policies: Readonly<Record<string, ExistsDecision>> = {
  overwrite: 'overwrite',
  newer: 'overwrite-if-newer',
  'overwrite-if-newer': 'overwrite-if-newer',
  size: 'overwrite-if-size-differs',
  'overwrite-if-size-differs': 'overwrite-if-size-differs',
  resume: 'resume',
  rename: 'rename',
  skip: 'skip',
};

/** Default connections of a CLI transfer, as in the app. */
export const defaultParallel = 2;

/** Default retries: the app's five attempts in all. */
export const defaultRetries = 4;

/** A command-line mistake in these flags (parse-args turns it into its UsageError). */
export class TransferFlagError extends Error {
  override readonly name = 'TransferFlagError';
}

/**
 * Reads `-r`, `--parallel`, `--on-exists` and `--retries`; undefined when none was given (the plain
 * single-file path). `ask` is refused: nobody is there to answer in a script.
 */
export function parseTransferFlags(values: { recursive?: boolean; parallel?: string; onExists?: string; retries?: string }): TransferFlags | undefined {
  if (values.recursive !== true && values.parallel === undefined && values.onExists === undefined && values.retries === undefined) return undefined;
  let parallel = defaultParallel;
  if (values.parallel !== undefined) {
    parallel = /^\d{1,2}$/.test(values.parallel.trim()) ? Number(values.parallel) : NaN;
    if (!(parallel >= 1 && parallel <= 10)) throw new TransferFlagError(`--parallel wants a number of connections from 1 to 10, not "${values.parallel}"`);
  }
  let onExists: ExistsDecision = 'overwrite';
  if (values.onExists !== undefined) {
    const word = values.onExists.trim().toLowerCase();
    if (word === 'ask') throw new TransferFlagError('--on-exists ask needs someone to answer, which a command line cannot: use overwrite, newer, size, resume, rename or skip');
    const policy = policies[word];
    if (policy === undefined) throw new TransferFlagError(`--on-exists wants overwrite, newer, size, resume, rename or skip, not "${values.onExists}"`);
    onExists = policy;
  }
  let retries = defaultRetries;
  if (values.retries !== undefined) {
    retries = /^\d{1,2}$/.test(values.retries.trim()) ? Number(values.retries) : NaN;
    // The queue allows 20 attempts in all.
    if (!(retries >= 0 && retries <= 19)) throw new TransferFlagError(`--retries wants a number from 0 to 19, not "${values.retries}"`);
  }
  return { recursive: values.recursive === true, parallel, onExists, retries };
}
