import { describe, expect, it } from 'vitest';
import { requireExecutable } from './launch-plan.js';
import type { ServerKind } from './types.js';

describe('requireExecutable', () => {
  it.each<ServerKind>(['vsftpd', 'proftpd', 'pure-ftpd', 'pyftpdlib'])('names %s and the install script when missing', async (kind) => {
    await expect(requireExecutable(kind, '/nonexistent/ferry/server')).rejects.toThrow(
      new RegExp(`^${kind} not installed .*sudo bash \\.ci/install-test-deps\\.sh`),
    );
  });

  it('accepts an executable', async () => {
    await expect(requireExecutable('vsftpd', '/bin/sh')).resolves.toBeUndefined();
  });
});
