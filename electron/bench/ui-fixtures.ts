import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** Names of the generated entries: zero-padded so every sort order agrees on the first one. */
export function entryName(index: number): string {
  return `f${String(index).padStart(6, '0')}.txt`;
}

/**
 * Creates `count` empty files in `folder` (created if missing), synchronously: 100 000 opens take about 2 s,
 * far less than the same through promises. `owner` chowns each file and the folder (a server's test user).
 */
export function createEmptyFiles(folder: string, count: number, owner?: { uid: number; gid: number }): void {
  mkdirSync(folder, { recursive: true });
  if (owner !== undefined) chownSync(folder, owner.uid, owner.gid);
  for (let index = 0; index < count; index += 1) {
    const path = `${folder}/${entryName(index)}`;
    closeSync(openSync(path, 'w'));
    if (owner !== undefined) chownSync(path, owner.uid, owner.gid);
  }
}

/** A web shell child and the address it printed. */
export interface WebShell {
  readonly url: string;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

const urlLine = /^Ferry web shell: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/;

/** Starts `dist/node/electron/web-shell/cli.js` (optionally under `--cpu-prof`) and waits for its URL line. */
export function startWebShell(options: { cli: string; userData: string; home: string; cpuProfDir?: string }): Promise<WebShell> {
  const nodeArgs = options.cpuProfDir === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', options.cpuProfDir];
  const child = spawn(process.execPath, [...nodeArgs, options.cli, '--port', '0', '--user-data', options.userData], {
    env: { ...process.env, HOME: options.home, FERRY_CREDENTIALS: 'memory', FERRY_USER_DATA: options.userData },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    // SIGINT lets node write its --cpu-prof profile on the way out.
    child.kill(options.cpuProfDir === undefined ? 'SIGTERM' : 'SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => reject(new Error(`web shell printed no URL within 15 s\n${stderr}`)), 15_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = urlLine.exec(line.trim());
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({ url: match[1], child, stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web shell exited (${String(code)}) before its URL\n${stderr}`));
    });
  });
}

/** What Python's ftplib took: the LIST alone (inside the process) and the whole process. */
export interface FtplibFigures {
  readonly listMs: number;
  readonly processMs: number;
  readonly lines: number;
}

const ftplibScript = `
import ftplib, sys, time
host, port, user, password, folder = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
ftp = ftplib.FTP()
ftp.connect(host, port)
ftp.login(user, password)
lines = []
start = time.perf_counter()
ftp.retrlines('LIST ' + folder, lines.append)
took = time.perf_counter() - start
ftp.quit()
print(f"{took * 1000:.3f} {len(lines)}")
`;

/** The peer: `/usr/bin/python3` ftplib `retrlines('LIST folder')` against the same server. */
export function measureFtplibList(server: { host: string; port: number; user: string; password: string }, folder: string): FtplibFigures {
  const started = performance.now();
  const run = spawnSync('/usr/bin/python3', ['-c', ftplibScript, server.host, String(server.port), server.user, server.password, folder], {
    encoding: 'utf8',
  });
  const processMs = performance.now() - started;
  if (run.status !== 0) throw new Error(`ftplib failed: ${run.stderr}`);
  const [listMs, lines] = run.stdout.trim().split(' ').map(Number) as [number, number];
  return { listMs, processMs, lines };
}
