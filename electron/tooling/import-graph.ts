import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One import of one source file: the specifier as written and, for relative ones, the file it names. */
export interface ImportEdge {
  readonly from: string;
  readonly specifier: string;
  /** Repo-relative POSIX path of the imported file when the specifier is relative, else null. */
  readonly target: string | null;
  readonly typeOnly: boolean;
}

const sourcePattern = /\.(?:ts|tsx|mts|cts)$/;
const skippedFolders = new Set(['node_modules', 'dist', '.tsbuild', '.git', 'test-results', 'playwright-report']);

/** Lists the TypeScript sources below `dir`, as repo-relative POSIX paths. */
export function listSources(root: string, dir: string): string[] {
  const absolute = path.join(root, dir);
  let names: string[];
  try {
    names = readdirSync(absolute);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    if (skippedFolders.has(name)) return [];
    const child = path.posix.join(dir, name);
    if (statSync(path.join(root, child)).isDirectory()) return listSources(root, child);
    return sourcePattern.test(name) && !name.endsWith('.d.ts') ? [child] : [];
  });
}

/**
 * Reads a file's imports with the TypeScript scanner (static, dynamic, `export … from`, `require`), so string
 * tricks in comments or literals cannot hide or fake one.
 */
export function readImports(root: string, file: string): ImportEdge[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const info = ts.preProcessFile(text, true, true);
  const typeOnlySpecifiers = collectTypeOnlySpecifiers(file, text);
  return info.importedFiles.map(({ fileName }) => ({
    from: file,
    specifier: fileName,
    target: fileName.startsWith('.') ? resolveRelative(root, file, fileName) : null,
    typeOnly: typeOnlySpecifiers.has(fileName),
  }));
}

function collectTypeOnlySpecifiers(file: string, text: string): Set<string> {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const found = new Set<string>();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly && ts.isStringLiteral(statement.moduleSpecifier)) {
      found.add(statement.moduleSpecifier.text);
    }
  }
  return found;
}

// ESM sources name their siblings `./x.js` while the file on disk is `x.ts`.
function resolveRelative(root: string, from: string, specifier: string): string {
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const stem = joined.replace(/\.(?:js|jsx|mjs|cjs)$/, '');
  const candidates = [joined, `${stem}.ts`, `${stem}.tsx`, `${stem}.mts`, `${stem}/index.ts`, `${stem}/index.tsx`];
  for (const candidate of candidates) {
    try {
      if (statSync(path.join(root, candidate)).isFile()) return candidate;
    } catch {
      // Not this one; try the next spelling.
    }
  }
  return joined;
}
