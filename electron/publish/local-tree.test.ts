import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLocalTree } from './local-tree.js';

describe('readLocalTree', () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'ferry-local-tree-'));
    const files: Record<string, string> = {
      'index.html': 'home',
      '.htaccess': 'Options -Indexes',
      'b/z.css': 'z',
      'b/a.css': 'aa',
      'a/deep/er/x.js': 'xxx',
      '.git/HEAD': 'ref',
      'node_modules/pkg/index.js': 'module',
    };
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(root, path, '..'), { recursive: true });
      await writeFile(join(root, path), text);
    }
    await writeFile(join(root, '.ferryignore'), '*.log\n');
    await writeFile(join(root, 'debug.log'), 'noise');
    // A link back to the top: followed once at most, never forever.
    await symlink(root, join(root, 'a', 'loop'));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('lists files in name order per folder, whatever order the parallel stats finish in', async () => {
    const tree = await readLocalTree(root);
    expect([...tree.files.keys()]).toEqual(['.htaccess', 'index.html', 'a/deep/er/x.js', 'b/a.css', 'b/z.css']);
    expect(tree.files.get('b/a.css')).toMatchObject({ size: 2 });
    expect([...tree.folders]).toEqual(['a', 'b', 'a/deep', 'a/deep/er']);
  });

  it('applies the default rules and .ferryignore, and cuts link loops', async () => {
    const tree = await readLocalTree(root);
    expect(tree.ignored.sort()).toEqual(['.ferryignore', '.git/', 'debug.log', 'node_modules/']);
    expect([...tree.files.keys()].some((path) => path.includes('loop'))).toBe(false);
    expect(tree.unreadable).toEqual([]);
  });

  it('reports a broken link as unreadable instead of failing', async () => {
    await symlink(join(root, 'gone'), join(root, 'b', 'broken'));
    expect((await readLocalTree(root)).unreadable).toEqual(['b/broken']);
  });
});
