import { describe, expect, it } from 'vitest';
import { defaultTransferPolicy, type TransferJob } from '../../shared/transfer.js';
import { taskFor } from './task-for.js';

const child: TransferJob = {
  id: 'j', siteId: 's', kind: 'download', folder: false, remotePath: '/t/a.txt', localPath: '/l/a.txt', localRoot: '/l',
  priority: 0, state: 'queued', bytesDone: 0, attempts: 0, createdAt: 0, seq: 1, size: 5, targetAbsent: true,
};

describe('taskFor: a download child trusts "its folder was just created" on its first attempt only', () => {
  it.each([
    { name: 'first run, first attempt', job: child, absent: true },
    { name: 'ran before (restart or retry)', job: { ...child, started: true }, absent: undefined },
    { name: 'a retry', job: { ...child, started: true, attempts: 1 }, absent: undefined },
    { name: 'folder existed', job: { ...child, targetAbsent: undefined }, absent: undefined },
  ])('$name', ({ job, absent }) => {
    const task = taskFor(job, defaultTransferPolicy, undefined);
    expect(task.type).toBe('download');
    expect(task.type === 'download' ? task.targetAbsent : 'not a download').toBe(absent);
  });
});
