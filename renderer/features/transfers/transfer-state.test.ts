import { describe, expect, it } from 'vitest';
import type { JobState, TransferJob } from '../../../shared/transfer.js';
import { addQuestion, applyJobs, applyProgress, emptySnapshot, jobsByTab, landedFolders, listedJobs, snapshotOfList, totalsOf } from './transfer-state.js';

let seq = 0;
function job(id: string, state: JobState, extra: Partial<TransferJob> = {}): TransferJob {
  seq += 1;
  return { id, siteId: 's', kind: 'upload', folder: false, remotePath: `/r/${id}`, localPath: `/l/${id}`, priority: 0, state, bytesDone: 0, attempts: 0, createdAt: 0, seq, ...extra };
}

const question = (jobId: string) => ({ jobId, kind: 'upload' as const, target: `/r/${jobId}`, source: { size: 1 }, existing: { size: 2 } });

describe('jobsByTab', () => {
  it.each<[JobState, string]>([
    ['queued', 'queued'],
    ['paused', 'queued'],
    ['waiting', 'queued'],
    ['active', 'active'],
    ['failed', 'failed'],
    ['cancelled', 'failed'],
    ['done', 'done'],
  ])('puts a %s job under %s', (state, tab) => {
    const tabs = jobsByTab([job('a', state)]);
    expect(Object.entries(tabs).filter(([, jobs]) => jobs.length > 0).map(([name]) => name)).toEqual([tab]);
  });

  it('counts each tab', () => {
    const tabs = jobsByTab([job('a', 'queued'), job('b', 'active'), job('c', 'done'), job('d', 'done'), job('e', 'failed')]);
    expect(Object.fromEntries(Object.entries(tabs).map(([name, jobs]) => [name, jobs.length]))).toEqual({ queued: 1, active: 1, failed: 1, done: 2 });
  });
});

describe('listedJobs', () => {
  it('lists a folder’s items instead of the expanded folder, in queue order', () => {
    const folder = job('f', 'active', { folder: true });
    const items = [job('f2', 'queued', { parentId: 'f' }), job('f1', 'done', { parentId: 'f' })];
    const unexpanded = job('g', 'queued', { folder: true });
    const jobs = new Map([folder, ...items, unexpanded].map((entry) => [entry.id, entry]));
    expect(listedJobs(jobs).map((entry) => entry.id)).toEqual(['f2', 'f1', 'g']);
  });
});

describe('events', () => {
  it('applies changes and removals, and drops progress of jobs that stopped running', () => {
    let snapshot = snapshotOfList([job('a', 'active'), job('b', 'queued')]);
    snapshot = applyProgress(snapshot, { jobs: [{ id: 'a', bytesDone: 5, speed: 10 }], total: { bytesDone: 5, bytesTotal: 10, speed: 10, counts: {} as never } });
    expect(snapshot.progress.get('a')?.bytesDone).toBe(5);
    snapshot = applyJobs(snapshot, { changed: [job('a', 'done', { bytesDone: 10 })], removed: ['b'] });
    expect([...snapshot.jobs.keys()]).toEqual(['a']);
    expect(snapshot.jobs.get('a')?.state).toBe('done');
    expect(snapshot.progress.has('a')).toBe(false);
  });

  it('keeps one question per job, and forgets it once the job no longer waits', () => {
    let snapshot = applyJobs(emptySnapshot, { changed: [job('a', 'waiting'), job('b', 'waiting')], removed: [] });
    snapshot = addQuestion(addQuestion(addQuestion(snapshot, question('a')), question('a')), question('b'));
    expect(snapshot.questions.map((entry) => entry.jobId)).toEqual(['a', 'b']);
    snapshot = applyJobs(snapshot, { changed: [job('a', 'queued')], removed: [] });
    expect(snapshot.questions.map((entry) => entry.jobId)).toEqual(['b']);
  });

  it('recovers questions from waiting jobs after a reload', () => {
    const snapshot = snapshotOfList([job('a', 'waiting', { question: question('a') }), job('b', 'queued')]);
    expect(snapshot.questions.map((entry) => entry.jobId)).toEqual(['a']);
  });
});

describe('totalsOf', () => {
  it('sums bytes and sizes, preferring live progress, ignoring cancelled jobs', () => {
    const jobs = [job('a', 'done', { bytesDone: 10, size: 10 }), job('b', 'active', { bytesDone: 1, size: 30 }), job('c', 'cancelled', { bytesDone: 3, size: 100 })];
    const progress = new Map([['b', { id: 'b', bytesDone: 15, size: 30, speed: 1 }]]);
    expect(totalsOf(jobs, progress)).toEqual({ done: 25, size: 40 });
  });
});

describe('landedFolders', () => {
  it.each<[Partial<TransferJob>, string[]]>([
    [{ kind: 'upload', remotePath: '/bulk/a/x.txt' }, ['/bulk/a', '/bulk', '/']],
    [{ kind: 'upload', remotePath: '/x.txt' }, ['/']],
    [{ kind: 'download', localPath: '/home/me/x.txt' }, ['/home/me', '/home', '/']],
    [{ kind: 'download', localPath: 'C:\\Users\\me\\x.txt' }, ['C:\\Users\\me', 'C:\\Users', 'C:\\']],
    [{ kind: 'delete', remotePath: '/gone' }, []],
  ])('%j → %j', (fields, folders) => {
    expect(landedFolders(job('a', 'done', fields))).toEqual(folders);
  });
});
