import { basename, posix, resolve } from 'node:path';
import { FileSource } from '../../ftp/file-source.js';
import { humanSize } from '../format-listing.js';
import { step, StepError } from '../error-message.js';
import { namesFolder } from '../remote-path.js';
import type { CommandContext } from './command-context.js';
import { displayPath } from './local-path.js';
import { progressLine } from './progress.js';

/** `ferry put LOCAL URL`: STOR; a URL ending in `/` means into that folder under LOCAL's name. */
export async function runPut(local: string, path: string, context: CommandContext): Promise<void> {
  const source = resolve(context.cwd, local);
  const shown = displayPath(context.cwd, source);
  // Opened before connecting, so a missing or unreadable file is reported as such and costs no login.
  const input = await step(`cannot read ${shown}`, () => FileSource.open(source));
  try {
    const info = input.stat();
    if (!info.isFile()) throw new StepError(`cannot read ${shown}`, new Error('not a regular file (put sends one file)'));
    const remote = namesFolder(path) ? posix.join(path, basename(source)) : path;
    const client = await context.connect();
    const progress = progressLine(context.progress);
    const report = progress === undefined ? undefined : (done: { bytes: number }) => progress.update({ bytes: done.bytes, total: info.size });
    await step(`cannot upload to ${remote}`, () => client.upload(remote, input, { onProgress: report })).finally(() => progress?.done());
    context.stdout.write(`uploaded ${shown} to ${remote} (${humanSize(info.size)})\n`);
  } finally {
    input.destroy();
  }
}
