import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Electron binary npm installed under root, or null. Mirrors node_modules/electron/index.js (path.txt names
 * the binary under dist/) without requiring it, because that module throws when the download was skipped.
 */
export function findElectronBinary(root: string): string | null {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const name = readFileSync(pathFile, 'utf8').trim();
  if (name === '') return null;
  const binary = join(root, 'node_modules', 'electron', 'dist', name);
  return existsSync(binary) ? binary : null;
}
