/** The web shell's command line. */
export interface WebShellArgs {
  readonly port: number;
  /** Where the site list lives; absent means the default (see defaultWebUserDataDir). */
  readonly userDataDir?: string;
}

const usage = 'usage: ferry-web [--port N] [--user-data DIR]';

/**
 * Parses `--port N` / `--port=N` (default 0, a free port) and `--user-data DIR` / `--user-data=DIR`; throws
 * with a usage message otherwise.
 */
export function parseWebShellArgs(argv: readonly string[]): WebShellArgs {
  let port = 0;
  let userDataDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals === -1 ? arg : arg.slice(0, equals);
    const inline = equals === -1 ? undefined : arg.slice(equals + 1);
    if (name !== '--port' && name !== '--user-data') throw new Error(`unknown argument: ${arg}\n${usage}`);
    const value = inline ?? argv[++i];
    if (name === '--user-data') {
      if (value === undefined || value === '') throw new Error(`--user-data needs a folder\n${usage}`);
      userDataDir = value;
      continue;
    }
    if (value === undefined || !/^\d{1,5}$/.test(value) || Number(value) > 65535) {
      throw new Error(`--port needs a number from 0 to 65535, got: ${value ?? '(nothing)'}`);
    }
    port = Number(value);
  }
  return userDataDir === undefined ? { port } : { port, userDataDir };
}
