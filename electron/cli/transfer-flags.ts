import type { ExistsDecision } from '../../shared/transfer.js';

/** `get`/`put` options that hand the work to the transfer queue (electron/transfers/transfer-batch.ts). */
export interface TransferFlags {
  /** `-r`: a whole folder, mirrored like lftp's `mirror` (its contents go into the target folder). */
  readonly recursive: boolean;
  /** `--parallel N`: connections, 1–10 (default 2). */
  readonly parallel: number;
  /** `--on-exists POLICY` (default overwrite, as a plain get/put does). */
  readonly onExists: ExistsDecision;
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

/** A command-line mistake in these flags (parse-args turns it into its UsageError). */
export class TransferFlagError extends Error {
  override readonly name = 'TransferFlagError';
}

/**
 * Reads `-r`, `--parallel` and `--on-exists`; undefined when none was given (the plain single-file path).
 * `ask` is refused: nobody is there to answer in a script.
 */
export function parseTransferFlags(values: { recursive?: boolean; parallel?: string; onExists?: string }): TransferFlags | undefined {
  if (values.recursive !== true && values.parallel === undefined && values.onExists === undefined) return undefined;
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
  return { recursive: values.recursive === true, parallel, onExists };
}
