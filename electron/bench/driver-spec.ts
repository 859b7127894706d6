import { Writable } from 'node:stream';

/** One transfer job as the bench hands it to a client driver (JSON in argv[2]). */
export interface DriverSpec {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  readonly tls: 'plain' | 'explicit';
  /** PEM file of the server certificate, trusted as CA (it carries IP:127.0.0.1 as SAN). */
  readonly caFile?: string;
  /** Caps the TLS version, to compare small-file FTPS on TLS 1.2 against 1.3. */
  readonly tlsMaxVersion?: 'TLSv1.2' | 'TLSv1.3';
  /** `download` a file, `upload` a file, or `mget` every file of a remote folder over one connection. */
  readonly op: 'download' | 'upload' | 'mget';
  readonly remote: string;
  /** Local file or folder; `-` downloads into a discarding sink. */
  readonly local: string;
}

/** What a driver prints as its last stdout line, so the bench can check the transfer. */
export interface DriverResult {
  readonly bytes: number;
  readonly files: number;
}

const ops = new Set(['download', 'upload', 'mget']);

/** Parses the spec a driver receives; throws with a readable message when it is malformed. */
export function readSpec(argv: readonly string[] = process.argv): DriverSpec {
  const raw = argv[2];
  if (raw === undefined) throw new Error('usage: <driver> \'{"host":…,"op":"download",…}\'');
  const spec = JSON.parse(raw) as DriverSpec;
  if (!ops.has(spec.op)) throw new Error(`unknown op: ${String(spec.op)}`);
  if (typeof spec.host !== 'string' || !Number.isInteger(spec.port)) throw new Error('host and port are required');
  return spec;
}

/** A Writable that drops everything and counts it: "download to /dev/null" without a file descriptor. */
export function discardSink(): { readonly sink: Writable; bytes(): number } {
  let count = 0;
  const sink = new Writable({
    // A large buffer keeps backpressure from throttling a fast socket more than `-o /dev/null` would.
    highWaterMark: 1024 * 1024,
    write(chunk: Buffer, _encoding, callback) {
      count += chunk.length;
      callback();
    },
    writev(chunks, callback) {
      for (const { chunk } of chunks) count += (chunk as Buffer).length;
      callback();
    },
  });
  return { sink, bytes: () => count };
}

/** Prints the result line and sets the exit code; failures print one line on stderr and exit 1. */
export function runDriver(task: (spec: DriverSpec) => Promise<DriverResult>): void {
  task(readSpec()).then(
    (result) => {
      process.stdout.write(`${JSON.stringify(result)}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`driver failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
