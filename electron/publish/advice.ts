import type { PlanRemoteOnly, PublishWarning } from '../../shared/publish.js';
import { indexNames, webRootNames } from '../../shared/publish-names.js';
import type { LocalTree } from './local-tree.js';
import { remotePathOf } from './remote-tree.js';

/** What the advice looks at. */
export interface AdviceInput {
  readonly local: Pick<LocalTree, 'files' | 'folders'>;
  /** Folder names at the top of the chosen remote folder. */
  readonly remoteTopFolders: ReadonlySet<string>;
  readonly remoteOnly: readonly PlanRemoteOnly[];
  readonly remoteRoot: string;
  /** The folder the server put us in at login (often `/`). */
  readonly loginFolder: string;
}

/** Advice for someone who is not a web developer, plus the web root to suggest. */
export interface Advice {
  readonly warnings: PublishWarning[];
  readonly webRootSuggestion?: string;
}

const trimSlash = (path: string): string => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/** Local names (or local vs remote-only names) equal but for letter case: one server folder may then hold both. */
function caseCollisions(input: AdviceInput): string[][] {
  const groups = new Map<string, Set<string>>();
  const add = (path: string): void => {
    const key = path.toLowerCase();
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = new Set()));
    group.add(path);
  };
  for (const path of input.local.files.keys()) add(path);
  for (const path of input.local.folders) add(path);
  for (const entry of input.remoteOnly) add(entry.path);
  const found = [...groups.values()].filter((group) => group.size > 1).map((group) => [...group].sort());
  return found.sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
}

/** Warnings about the home page, letter case and the web root. */
export function publishAdvice(input: AdviceInput): Advice {
  const warnings: PublishWarning[] = [];
  const top = [...input.local.files.keys()].filter((path) => !path.includes('/'));
  if (!indexNames.some((name) => input.local.files.has(name))) {
    const nearMiss = top.filter((name) => indexNames.includes(name.toLowerCase()));
    const hint =
      nearMiss.length > 0
        ? ` (${nearMiss.join(', ')} differs in letter case: web servers on Linux will not find it)`
        : ' A web server shows that file when someone opens the site’s address.';
    warnings.push({ code: 'no-index', message: `There is no index.html (or index.php) at the top of the folder.${hint}`, paths: nearMiss });
  }
  for (const group of caseCollisions(input)) {
    warnings.push({
      code: 'case-collision',
      message: `These names differ only in letter case; the server treats them as different files: ${group.join(', ')}`,
      paths: group,
    });
  }
  const atLoginRoot = trimSlash(input.remoteRoot) === trimSlash(input.loginFolder) || trimSlash(input.remoteRoot) === '/';
  const webRoot = webRootNames.find((name) => input.remoteTopFolders.has(name));
  // Publishing a folder that itself contains public_html (a whole account backup) needs no advice.
  if (atLoginRoot && webRoot !== undefined && !input.local.folders.has(webRoot)) {
    const suggestion = remotePathOf(trimSlash(input.remoteRoot), webRoot);
    warnings.push({
      code: 'web-root',
      message: `This server has a ${webRoot} folder: that is usually what the website shows. Publish to ${suggestion} instead of the login folder?`,
      paths: [webRoot],
    });
    return { warnings, webRootSuggestion: suggestion };
  }
  return { warnings };
}
