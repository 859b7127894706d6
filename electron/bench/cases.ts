/** The clients the bench can drive; each runs as its own process. */
export type ClientName = 'ferry' | 'curl' | 'basic-ftp' | 'lftp';

/** What one run of a case does. */
export type CaseKind = 'download-discard' | 'download-file' | 'upload' | 'mget';

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
];

/** Cases whose id contains one of `filters`; without filters, every case but the extra ones. */
export function selectCases(cases: readonly BenchCase[], filters: readonly string[]): BenchCase[] {
  return cases.filter((c) => (filters.length === 0 ? c.extra !== true : filters.some((f) => c.id.includes(f))));
}
