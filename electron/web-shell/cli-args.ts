/** The web shell's command line. */
export interface WebShellArgs {
  readonly port: number;
}

/** Parses `--port N` / `--port=N` (default 0, a free port); throws with a usage message otherwise. */
export function parseWebShellArgs(argv: readonly string[]): WebShellArgs {
  let port = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    let value: string | undefined;
    if (arg === '--port') value = argv[++i];
    else if (arg.startsWith('--port=')) value = arg.slice('--port='.length);
    else throw new Error(`unknown argument: ${arg}\nusage: ferry-web [--port N]`);
    if (value === undefined || !/^\d{1,5}$/.test(value) || Number(value) > 65535) {
      throw new Error(`--port needs a number from 0 to 65535, got: ${value ?? '(nothing)'}`);
    }
    port = Number(value);
  }
  return { port };
}
