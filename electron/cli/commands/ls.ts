import { step } from '../error-message.js';
import { formatJson, formatTable } from '../format-listing.js';
import { withoutTrailingSlash } from '../remote-path.js';
import type { CommandContext } from './command-context.js';

/** `ferry ls URL [--json]`: the folder's entries as a table, or as one JSON array. */
export async function runLs(path: string, json: boolean, context: CommandContext): Promise<void> {
  const client = await context.connect();
  const folder = withoutTrailingSlash(path);
  const entries = await step(`cannot list ${folder}`, async () => {
    const found = await client.list(folder);
    // The engine reads an empty folder's 450/550 as "no entries" (INTEROP "Empty directories"), so a missing
    // folder looks empty too: CWD tells the two apart, and its 550 becomes the error.
    if (found.length === 0 && folder !== '/') await client.cwd(folder);
    return found;
  });
  context.stdout.write(json ? formatJson(entries) : formatTable(entries));
}
