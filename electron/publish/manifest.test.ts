import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultManifestFolder, loadManifest, manifestPath, ManifestWriter, readManifest } from './manifest.js';

describe('publish manifests', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ferry-manifest-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('is empty before the first publish, and keeps every change written in between', async () => {
    const folder = join(dir, 'a');
    const manifest = await loadManifest(folder, 'ftp://u@h:21', '/www');
    expect(manifest.files).toEqual({});
    const writer = new ManifestWriter(folder, manifest);
    for (let i = 0; i < 50; i += 1) writer.set(`f${i}`, { size: i, modified: i, remoteSize: i });
    writer.remove('f0');
    writer.remove('never-there');
    await writer.flush();
    const again = await loadManifest(folder, 'ftp://u@h:21', '/www');
    expect(Object.keys(again.files)).toHaveLength(49);
    expect(again.files.f7).toEqual({ size: 7, modified: 7, remoteSize: 7 });
    // Atomic writes leave no temporary files behind.
    expect(await readdir(folder)).toEqual([manifestPath(folder, 'ftp://u@h:21', '/www').slice(folder.length + 1)]);
  });

  it('keeps sites and remote folders apart', async () => {
    const folder = join(dir, 'b');
    const writer = new ManifestWriter(folder, await loadManifest(folder, 'site-1', '/www'));
    writer.set('index.html', { size: 1, modified: 1, remoteSize: 1 });
    await writer.flush();
    expect((await loadManifest(folder, 'site-1', '/other')).files).toEqual({});
    expect((await loadManifest(folder, 'site-2', '/www')).files).toEqual({});
    expect(manifestPath(folder, 'site-1', '/www')).not.toBe(manifestPath(folder, 'site-1', '/other'));
  });

  it('treats an unreadable manifest as none (every file is compared afresh)', async () => {
    const folder = join(dir, 'c');
    const writer = new ManifestWriter(folder, await loadManifest(folder, 's', '/'));
    writer.set('a', { size: 1, modified: 1, remoteSize: 1 });
    await writer.flush();
    await writeFile(manifestPath(folder, 's', '/'), '{"version":1,"files":');
    expect((await loadManifest(folder, 's', '/')).files).toEqual({});
    await writeFile(manifestPath(folder, 's', '/'), JSON.stringify({ version: 1, site: 's', remoteRoot: '/', files: { a: { size: -1 } } }));
    expect((await loadManifest(folder, 's', '/')).files).toEqual({});
    expect(JSON.parse(await readFile(manifestPath(folder, 's', '/'), 'utf8'))).toBeTruthy();
  });

  const good = { size: 3, modified: 1700000000000, remoteSize: 3 };
  it.each([
    ['a missing version', { site: 's', remoteRoot: '/', files: {} }],
    ['another version', { version: 2, site: 's', remoteRoot: '/', files: {} }],
    ['files as a list', { version: 1, site: 's', remoteRoot: '/', files: [good] }],
    ['a negative size', { version: 1, site: 's', remoteRoot: '/', files: { a: { ...good, size: -1 } } }],
    ['a size as text', { version: 1, site: 's', remoteRoot: '/', files: { a: { ...good, remoteSize: '3' } } }],
    ['a time that is not finite', { version: 1, site: 's', remoteRoot: '/', files: { a: { ...good, modified: null } } }],
    ['a hash that is not text', { version: 1, site: 's', remoteRoot: '/', files: { a: { ...good, hash: 5 } } }],
    ['no object at all', 'manifest'],
  ])('refuses a manifest with %s', (_label, value) => {
    expect(readManifest(value)).toBeUndefined();
  });

  it('reads every field, and keeps a file named __proto__ as a file', async () => {
    const folder = join(dir, 'd');
    const raw = JSON.parse(
      `{"version":1,"site":"s","remoteRoot":"/","files":{"a":{"size":1,"modified":2,"remoteSize":3,"remoteModified":4,"hash":"md5:ab"},"__proto__":${JSON.stringify(good)}}}`,
    ) as unknown;
    const manifest = readManifest(raw);
    expect(manifest?.files.a).toEqual({ size: 1, modified: 2, remoteSize: 3, remoteModified: 4, hash: 'md5:ab' });
    expect(Object.keys(manifest?.files ?? {})).toEqual(['a', '__proto__']);
    const writer = new ManifestWriter(folder, manifest!);
    writer.set('__proto__', { ...good, size: 9 });
    await writer.flush();
    const again = await loadManifest(folder, 's', '/');
    expect(Object.getOwnPropertyDescriptor(again.files, '__proto__')?.value).toEqual({ ...good, size: 9 });
    expect(({} as Record<string, unknown>).size).toBeUndefined();
  });

  it.each([
    [{ FERRY_USER_DATA: '/data' }, '/data/publish-manifests'],
    [{ XDG_CONFIG_HOME: '/cfg' }, '/cfg/ferry/publish-manifests'],
  ])('folder for %j is %s', (env, folder) => {
    expect(defaultManifestFolder(env)).toBe(folder);
  });
});
