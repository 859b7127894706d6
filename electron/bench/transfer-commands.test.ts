import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ferryTreeCommand, lftpTreeCommand, type TreeSpec } from './transfer-commands.js';
import { treePath } from './transfer-fixtures.js';

const base: TreeSpec = {
  host: '127.0.0.1', port: 2121, user: 'ftp test', password: 'p@ss:w/rd', tls: 'plain', op: 'tree-down',
  remote: 'tree', local: '/tmp/dl', parallel: 4, fingerprint256: 'AB:CD',
};
const cli = { script: '/repo/bin.js', note: '' };

describe('tree commands', () => {
  it.each([
    { spec: base, args: ['/repo/bin.js', 'get', '-r', 'ftp://ftp%20test:p%40ss%3Aw%2Frd@127.0.0.1:2121/tree', '/tmp/dl', '--parallel', '4'] },
    { spec: { ...base, op: 'tree-up' as const, tls: 'explicit' as const }, args: ['/repo/bin.js', 'put', '-r', '/tmp/dl', 'ftpes://ftp%20test:p%40ss%3Aw%2Frd@127.0.0.1:2121/tree', '--parallel', '4', '--fingerprint', 'AB:CD'] },
  ])('ferry $spec.op over $spec.tls', ({ spec, args }) => {
    expect(ferryTreeCommand(spec, cli).args).toEqual(args);
  });

  it.each([
    { spec: base, mirror: 'mirror -P4 tree /tmp/dl', tls: 'set ftp:ssl-allow no' },
    { spec: { ...base, op: 'tree-up' as const, tls: 'explicit' as const, caFile: '/ca.pem' }, mirror: 'mirror -R -P4 /tmp/dl tree', tls: 'set ssl:ca-file /ca.pem' },
  ])('lftp $spec.op over $spec.tls', ({ spec, mirror, tls }) => {
    const script = lftpTreeCommand(spec).args[1] ?? '';
    expect(script.endsWith(mirror)).toBe(true);
    expect(script).toContain(tls);
  });
});

describe('treePath', () => {
  it('spreads 2000 files over 25 folders (root, 4 top, 20 below), at three depths, each path once', () => {
    const paths = Array.from({ length: 2000 }, (_, i) => treePath(i));
    expect(new Set(paths).size).toBe(2000);
    const folders = new Set(paths.map((p) => dirname(p)));
    expect(folders.size).toBe(25);
    expect(new Set(paths.map((p) => p.split('/').length))).toEqual(new Set([1, 2, 3]));
  });
});
