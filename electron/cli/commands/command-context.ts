import type { FtpClient } from '../../ftp/client.js';

/** Where a command writes text (process.stdout, or a buffer in tests). */
export interface TextSink {
  write(text: string): unknown;
  /** True for a terminal (process.stderr.isTTY): progress is drawn only there. */
  readonly isTTY?: boolean;
}

/** What a command gets from runCli. */
export interface CommandContext {
  /** Connects and logs in. Commands call it only once their local checks passed, so a typo costs no login. */
  readonly connect: () => Promise<FtpClient>;
  readonly stdout: TextSink;
  /** The folder relative local paths start from. */
  readonly cwd: string;
  /** Where transfers draw their progress line, when stderr is a terminal (and --verbose is off). */
  readonly progress: TextSink | undefined;
}
