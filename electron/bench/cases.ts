/** The clients the bench can drive; each runs as its own process. */
export type ClientName = 'ferry' | 'curl' | 'basic-ftp' | 'lftp';

/** What one run of a case does. */
export type CaseKind = 'download-discard' | 'download-file' | 'upload' | 'mget' | 'tree-down' | 'tree-up';

/** One benchmark case: a job every listed client runs as a whole process, compared with `baseline`. */
export interface BenchCase {
  readonly id: string;
  readonly title: string;
  readonly kind: CaseKind;
  readonly tls: 'plain' | 'explicit';
  readonly tlsMaxVersion?: 'TLSv1.2';
  readonly clients: readonly ClientName[];
  readonly baseline: ClientName;
  /** Issue 3's target: Ferry's median wall time at most this many times the baseline's. */
  readonly maxRatio: number;
  /** Not part of the default run (time budget); runs when `--only` names it. */
  readonly extra?: boolean;
  /** At most this many rounds whatever `--runs` says (a slow peer would take the bench past its budget). */
  readonly maxRuns?: number;
  /** Connections per client (the tree cases' `--parallel` / `mirror -P`). */
  readonly parallel?: number;
}

/** Issue 3's memory target for every Ferry process. */
export const maxFerryRssMiB = 120;

const big: readonly ClientName[] = ['curl', 'ferry', 'basic-ftp'];

/**
 * The engine cases of issue 3. lftp joins the plain small-file case only: over FTPS on TLS 1.3 it needs
 * ~50 ms per file (BASELINES.md), which would take the bench past its time budget.
 */
export const engineCases: readonly BenchCase[] = [
  { id: 'get-null-plain', title: 'get big → discard, FTP', kind: 'download-discard', tls: 'plain', clients: big, baseline: 'curl', maxRatio: 1.0 },
  { id: 'get-file-plain', title: 'get big → file, FTP', kind: 'download-file', tls: 'plain', clients: big, baseline: 'curl', maxRatio: 1.0 },
  { id: 'put-plain', title: 'put big, FTP', kind: 'upload', tls: 'plain', clients: big, baseline: 'curl', maxRatio: 1.0 },
  { id: 'get-null-ftps', title: 'get big → discard, FTPS', kind: 'download-discard', tls: 'explicit', clients: big, baseline: 'curl', maxRatio: 1.1 },
  { id: 'get-file-ftps', title: 'get big → file, FTPS', kind: 'download-file', tls: 'explicit', clients: big, baseline: 'curl', maxRatio: 1.1 },
  { id: 'put-ftps', title: 'put big, FTPS', kind: 'upload', tls: 'explicit', clients: big, baseline: 'curl', maxRatio: 1.1 },
  { id: 'many-plain', title: 'get small files, 1 conn, FTP', kind: 'mget', tls: 'plain', clients: ['basic-ftp', 'ferry', 'lftp'], baseline: 'basic-ftp', maxRatio: 1.0 },
  { id: 'many-ftps', title: 'get small files, 1 conn, FTPS (TLS 1.3)', kind: 'mget', tls: 'explicit', clients: ['basic-ftp', 'ferry'], baseline: 'basic-ftp', maxRatio: 1.0 },
  {
    id: 'many-ftps-tls12',
    title: 'get small files, 1 conn, FTPS (TLS 1.2)',
    kind: 'mget',
    tls: 'explicit',
    tlsMaxVersion: 'TLSv1.2',
    clients: ['basic-ftp', 'ferry'],
    baseline: 'basic-ftp',
    maxRatio: 1.0,
    extra: true,
  },
  ...treeCases(),
];

/**
 * Issue 4: a 2000-file tree down (`ferry get -r`) and up (`ferry put -r`) with 4 connections against lftp's
 * `mirror -P4` / `mirror -R -P4`, target half lftp's time. FTPS only with `--only` and one round: lftp needs
 * ~50 ms per file on TLS 1.3 (BASELINES.md), 10–30 s a run.
 */
function treeCases(): BenchCase[] {
  const both = ['lftp', 'ferry'] as const;
  const common = { clients: both, baseline: 'lftp', maxRatio: 0.5, parallel: 4 } as const;
  return [
    { id: 'tree-down-plain', title: 'get -r tree, 4 conns, FTP', kind: 'tree-down', tls: 'plain', ...common },
    { id: 'tree-up-plain', title: 'put -r tree, 4 conns, FTP', kind: 'tree-up', tls: 'plain', ...common },
    { id: 'tree-down-ftps', title: 'get -r tree, 4 conns, FTPS (TLS 1.3)', kind: 'tree-down', tls: 'explicit', ...common, extra: true, maxRuns: 1 },
    { id: 'tree-up-ftps', title: 'put -r tree, 4 conns, FTPS (TLS 1.3)', kind: 'tree-up', tls: 'explicit', ...common, extra: true, maxRuns: 1 },
  ];
}

/** Cases whose id contains one of `filters`; without filters, every case but the extra ones. */
export function selectCases<T extends { readonly id: string; readonly extra?: boolean }>(cases: readonly T[], filters: readonly string[]): T[] {
  return cases.filter((c) => (filters.length === 0 ? c.extra !== true : filters.some((f) => c.id.includes(f))));
}
