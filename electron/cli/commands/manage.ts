import { step } from '../error-message.js';
import { resolveMoveTarget, withoutTrailingSlash } from '../remote-path.js';
import type { CommandContext } from './command-context.js';

/** `ferry rm URL`: DELE. */
export async function runRm(path: string, context: CommandContext): Promise<void> {
  const client = await context.connect();
  await step(`cannot delete ${path}`, () => client.delete(path));
  context.stdout.write(`deleted ${path}\n`);
}

/** `ferry mkdir URL`: MKD. */
export async function runMkdir(path: string, context: CommandContext): Promise<void> {
  const folder = withoutTrailingSlash(path);
  const client = await context.connect();
  await step(`cannot create folder ${folder}`, () => client.mkd(folder));
  context.stdout.write(`created folder ${folder}\n`);
}

/** `ferry rmdir URL`: RMD (the server refuses a folder that is not empty). */
export async function runRmdir(path: string, context: CommandContext): Promise<void> {
  const folder = withoutTrailingSlash(path);
  const client = await context.connect();
  await step(`cannot remove folder ${folder}`, () => client.rmd(folder));
  context.stdout.write(`removed folder ${folder}\n`);
}

/** `ferry mv URL NEWPATH`: RNFR + RNTO, NEWPATH resolved against the URL's folder. */
export async function runMv(path: string, newPath: string, context: CommandContext): Promise<void> {
  const from = withoutTrailingSlash(path);
  const to = resolveMoveTarget(from, newPath);
  const client = await context.connect();
  await step(`cannot rename ${from} to ${to}`, () => client.rename(from, to));
  context.stdout.write(`renamed ${from} to ${to}\n`);
}
