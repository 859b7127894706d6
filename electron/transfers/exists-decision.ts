import type { ExistsPolicy, FileStat } from '../../shared/transfer.js';

/** What a task does about a target that exists. */
export type ExistsAction = 'overwrite' | 'skip' | 'resume' | 'rename' | 'ask';

/** Seconds of slack when comparing times: LIST times lack seconds and FAT stores two-second steps. */
const timeSlackMs = 2000;

/**
 * Applies a file-exists policy to the source and the existing target. `overwrite-if-newer` needs both
 * times (unknown → overwrite, as FileZilla does); `resume` continues a shorter target, skips an equal one and
 * overwrites a longer one (it cannot be a prefix of the source).
 */
export function decideExists(policy: ExistsPolicy, source: FileStat, existing: FileStat): ExistsAction {
  switch (policy) {
    case 'ask':
    case 'overwrite':
    case 'rename':
    case 'skip':
      return policy;
    case 'overwrite-if-newer':
      if (source.modified === undefined || existing.modified === undefined) return 'overwrite';
      return source.modified > existing.modified + timeSlackMs ? 'overwrite' : 'skip';
    case 'overwrite-if-size-differs':
      if (source.size === undefined || existing.size === undefined) return 'overwrite';
      return source.size === existing.size ? 'skip' : 'overwrite';
    case 'resume':
      if (source.size === undefined || existing.size === undefined) return 'overwrite';
      if (existing.size < source.size) return 'resume';
      return existing.size === source.size ? 'skip' : 'overwrite';
  }
}

/** `name (n).ext` — the n-th free name `rename` tries; dot-files keep their leading dot whole. */
export function renamedCandidate(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return `${name} (${n})`;
  return `${name.slice(0, dot)} (${n})${name.slice(dot)}`;
}

/**
 * True when `existing` is this job's own finished copy of `source`: same size and the same time (the time
 * is copied after every transfer). A run interrupted between the final rename and reporting back leaves
 * exactly that; asking the user about it would be noise.
 */
export function isOwnFinishedCopy(source: FileStat, existing: FileStat): boolean {
  if (source.size === undefined || source.size !== existing.size) return false;
  if (source.modified === undefined || existing.modified === undefined) return false;
  return Math.abs(source.modified - existing.modified) <= timeSlackMs;
}
