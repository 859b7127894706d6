import { readFile } from 'node:fs/promises';
import type { AppInfo } from '../../shared/ipc-contract.js';

/** The parts of package.json the about box shows. */
export interface PackageInfo {
  readonly name: string;
  readonly version: string;
}

/** Reads name (productName when set, as Electron's app.getName does) and version from a package.json. */
export async function readPackageInfo(packageJsonPath: string): Promise<PackageInfo> {
  const json: unknown = JSON.parse(await readFile(packageJsonPath, 'utf8'));
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const name = typeof record.productName === 'string' ? record.productName : record.name;
  return {
    name: typeof name === 'string' ? name : 'Ferry',
    version: typeof record.version === 'string' ? record.version : '0.0.0',
  };
}

/** Builds the app:info answer; the platform is injected so tests need not run on every OS. */
export function appInfo(pkg: PackageInfo, shell: AppInfo['shell'], platform: string = process.platform): AppInfo {
  return { name: pkg.name, version: pkg.version, platform, shell };
}
