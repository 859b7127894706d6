import { builtinModules } from 'node:module';
import type { ImportEdge } from './import-graph.js';

/** A broken dependency rule: which file, which import, and the rule it breaks. */
export interface Violation {
  readonly file: string;
  readonly specifier: string;
  readonly rule: string;
}

const builtins = new Set(builtinModules);
const isNodeBuiltin = (specifier: string): boolean => specifier.startsWith('node:') || builtins.has(specifier.split('/')[0] ?? '');
const isTest = (file: string): boolean => /\.test\.tsx?$/.test(file) || file.includes('/test-support/');
const within = (target: string | null, folder: string): boolean => target !== null && target.startsWith(`${folder}/`);

// The thin Electron shell (DESIGN.md rule 3): only these may import the `electron` module.
const electronShellFiles = /^electron\/(?:main|window|preload)\.ts$|^electron\/ipc\/electron-[\w-]+\.ts$/;

interface Rule {
  readonly name: string;
  readonly appliesTo: (file: string) => boolean;
  readonly allows: (edge: ImportEdge) => boolean;
}

/** The project's dependency rules, each checked against every import of the files it covers. */
export const layerRules: readonly Rule[] = [
  {
    name: 'shared/ imports only itself and zod',
    appliesTo: (file) => file.startsWith('shared/') && !isTest(file),
    allows: (edge) => edge.specifier === 'zod' || within(edge.target, 'shared'),
  },
  {
    name: 'electron/ftp/ imports only node:* and itself',
    appliesTo: (file) => file.startsWith('electron/ftp/') && !isTest(file),
    allows: (edge) => edge.specifier.startsWith('node:') || within(edge.target, 'electron/ftp'),
  },
  {
    name: 'renderer/ never imports electron/, the electron module or Node built-ins',
    appliesTo: (file) => file.startsWith('renderer/'),
    allows: (edge) =>
      edge.target === null
        ? edge.specifier !== 'electron' && !isNodeBuiltin(edge.specifier)
        : within(edge.target, 'renderer') || within(edge.target, 'shared'),
  },
  {
    name: 'only the Electron shell (main, window, preload, ipc/electron-*) imports electron',
    appliesTo: (file) => !electronShellFiles.test(file) && !isTest(file),
    allows: (edge) => edge.specifier !== 'electron' && !edge.specifier.startsWith('electron/'),
  },
  {
    name: 'only electron/credentials/keytar-store.ts imports keytar',
    appliesTo: (file) => file !== 'electron/credentials/keytar-store.ts',
    allows: (edge) => edge.specifier !== 'keytar',
  },
  {
    name: 'e2e/ is black-box: it imports no app code (only the test servers harness)',
    appliesTo: (file) => file.startsWith('e2e/'),
    allows: (edge) => edge.target === null || within(edge.target, 'e2e') || within(edge.target, 'electron/test-support'),
  },
];

/** Checks every edge against every rule that covers its file. */
export function findViolations(edges: readonly ImportEdge[]): Violation[] {
  return edges.flatMap((edge) =>
    layerRules
      .filter((rule) => rule.appliesTo(edge.from) && !rule.allows(edge))
      .map((rule) => ({ file: edge.from, specifier: edge.specifier, rule: rule.name })),
  );
}
