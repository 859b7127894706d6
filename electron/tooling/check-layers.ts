import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCycles } from './import-cycles.js';
import { listSources, readImports } from './import-graph.js';
import { findViolations } from './layer-rules.js';

const checkedFolders = ['shared', 'electron', 'renderer', 'e2e'];

/** Checks the dependency rules and the absence of import cycles below `root`; returns one line per problem. */
export function checkLayers(root: string): string[] {
  const edges = checkedFolders.flatMap((folder) => listSources(root, folder)).flatMap((file) => readImports(root, file));
  const violations = findViolations(edges).map((v) => `${v.file}: imports '${v.specifier}' (${v.rule})`);
  const cycles = findCycles(edges).map((cycle) => `import cycle: ${cycle.join(' -> ')}`);
  return [...violations, ...cycles];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const problems = checkLayers(root);
  for (const line of problems) console.error(line);
  console.log(problems.length === 0 ? 'layers: ok' : `layers: ${problems.length} problem(s)`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
