import { randomBytes } from 'node:crypto';
import { rename, stat, unlink } from 'node:fs/promises';
import { FileSink } from '../../ftp/file-sink.js';
import { humanSize } from '../format-listing.js';
import { step } from '../error-message.js';
import { UsageError } from '../parse-args.js';
import { remoteBaseName } from '../remote-path.js';
import type { CommandContext } from './command-context.js';
import { displayPath, downloadTarget } from './local-path.js';
import { progressLine } from './progress.js';

/**
 * `ferry get URL [LOCAL]`: downloads into a temporary `<target>.ferry-XXXX.part` beside the target and renames
 * it only once the server confirmed the transfer, so the real name never holds half a file; on any failure
 * (or Ctrl-C, which closes the connection) the temporary file is removed.
 */
export async function runGet(path: string, local: string | undefined, context: CommandContext): Promise<void> {
  const name = remoteBaseName(path);
  if (name === '') throw new UsageError(`get wants a file, but ${path} names a folder`);
  const target = await downloadTarget(context.cwd, local, name);
  const shown = displayPath(context.cwd, target);
  const client = await context.connect();
  const temporary = `${target}.ferry-${randomBytes(3).toString('hex')}.part`;
  const output = await step(`cannot write ${shown}`, () => FileSink.open(temporary, { flags: 'wx' }));
  const closed = new Promise<void>((resolve) => output.once('close', () => resolve()));
  try {
    const progress = progressLine(context.progress);
    await step(`cannot download ${path}`, () => client.download(path, output, { onProgress: progress?.update })).finally(() => progress?.done());
    await closed;
    await step(`cannot write ${shown}`, () => rename(temporary, target));
  } catch (error) {
    output.destroy();
    await closed;
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  const { size } = await stat(target);
  context.stdout.write(`downloaded ${path} to ${shown} (${humanSize(size)})\n`);
}
