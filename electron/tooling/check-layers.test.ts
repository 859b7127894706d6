import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLayers } from './check-layers.js';

const roots: string[] = [];

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ferry-layers-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const clean = {
  'shared/contract.ts': "import { z } from 'zod';\nexport const s = z.string();\n",
  'electron/ftp/client.ts': "import net from 'node:net';\nimport { s } from './reply.js';\nexport { net, s };\n",
  'electron/ftp/reply.ts': 'export const s = 1;\n',
  'electron/main.ts': "import { app } from 'electron';\nimport { s } from '../shared/contract.js';\nexport { app, s };\n",
  'renderer/app.tsx': "import React from 'react';\nimport { s } from '../shared/contract.js';\nexport { React, s };\n",
  'e2e/frame.spec.ts': "import { test } from '@playwright/test';\nexport { test };\n",
};

describe('checkLayers', () => {
  it('accepts a tree that keeps every rule', () => {
    expect(checkLayers(tree(clean))).toEqual([]);
  });

  it.each([
    ['renderer/app.tsx', "import { x } from '../electron/ftp/client.js';", 'renderer/'],
    ['renderer/app.tsx', "import fs from 'node:fs';", 'renderer/'],
    ['renderer/app.tsx', "import fs from 'fs';", 'renderer/'],
    ['renderer/app.tsx', "const e = await import('electron');", 'renderer/'],
    ['electron/ftp/client.ts', "import { z } from 'zod';", 'electron/ftp/'],
    ['electron/ftp/client.ts', "import { s } from '../../shared/contract.js';", 'electron/ftp/'],
    ['electron/ftp/client.ts', "export { app } from 'electron';", 'electron/ftp/'],
    ['shared/contract.ts', "import path from 'node:path';", 'shared/'],
    ['shared/contract.ts', "import React from 'react';", 'shared/'],
    ['electron/services/local.ts', "import { ipcMain } from 'electron';", 'only the Electron shell'],
    ['electron/sites/store.ts', "import keytar from 'keytar';", 'keytar'],
    ['e2e/frame.spec.ts', "import { s } from '../shared/contract.js';", 'e2e/'],
  ])('catches a forbidden import in %s: %s', (file, line, rule) => {
    const files: Record<string, string> = { ...clean, [file]: `${line}\n${clean[file as keyof typeof clean] ?? ''}` };
    const problems = checkLayers(tree(files));
    // An `electron` import in the wrong place breaks two rules at once, so count matching lines, not all.
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.startsWith(`${file}:`))).toBe(true);
    expect(problems.some((problem) => problem.includes(rule))).toBe(true);
  });

  it('catches an import cycle but not a type-only one', () => {
    const cyclic = tree({ ...clean, 'electron/ftp/reply.ts': "import { net } from './client.js';\nexport const s = net;\n" });
    expect(checkLayers(cyclic)).toEqual([expect.stringMatching(/^import cycle: electron\/ftp\/client\.ts -> electron\/ftp\/reply\.ts -> electron\/ftp\/client\.ts$/)]);
    const typeOnly = tree({ ...clean, 'electron/ftp/reply.ts': "import type { net } from './client.js';\nexport const s = 1;\n" });
    expect(checkLayers(typeOnly)).toEqual([]);
  });

  it('is not fooled by an import written inside a comment or a string', () => {
    const text = "// import fs from 'node:fs'\nexport const t = \"import fs from 'node:fs'\";\n";
    expect(checkLayers(tree({ ...clean, 'renderer/app.tsx': text }))).toEqual([]);
  });

  it('passes on this repository', () => {
    const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    expect(checkLayers(repo)).toEqual([]);
  });
});
