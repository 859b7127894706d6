import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Ferry's version from its package.json, found by walking up from this file: the depth differs between the
 * sources (electron/cli/) and the build (dist/node/electron/cli/).
 */
export function ferryVersion(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'ferry' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // No (readable) package.json here: keep walking up.
    }
    const parent = dirname(folder);
    if (parent === folder) return 'unknown';
    folder = parent;
  }
}
