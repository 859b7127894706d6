import { describe, expect, it } from 'vitest';
import type { TransferJob } from '../../../shared/transfer.js';
import { formatEta, formatSpeed, jobName, jobRoute, rowActions, rowFigures } from './transfer-format.js';

function job(extra: Partial<TransferJob>): TransferJob {
  return { id: 'j', siteId: 's', kind: 'download', folder: false, remotePath: '/pub/a.zip', localPath: '/home/u/a.zip', priority: 0, state: 'queued', bytesDone: 0, attempts: 0, createdAt: 0, seq: 1, ...extra };
}

describe('formatEta', () => {
  it.each<[number | undefined, string]>([
    [undefined, ''],
    [Infinity, ''],
    [0, '0 s'],
    [44.6, '45 s'],
    [187, '3:07 min'],
    [7500, '2 h 05 min'],
  ])('%s → %j', (seconds, text) => expect(formatEta(seconds)).toBe(text));
});

describe('formatSpeed', () => {
  it.each<[number, string]>([
    [0, ''],
    [512, '512 bytes/s'],
    [1_258_291, '1.2 MB/s'],
  ])('%s → %j', (speed, text) => expect(formatSpeed(speed)).toBe(text));
});

describe('rowFigures', () => {
  it.each<[string, Partial<TransferJob>, { bytesDone: number; speed: number; eta?: number; size?: number } | undefined, object]>([
    ['queued with a known size', { size: 2048 }, undefined, { bytes: '2.0 KB', fraction: 0, speed: '', eta: '', state: 'Queued' }],
    ['running', { state: 'active', size: 4096 }, { bytesDone: 1024, speed: 2048, eta: 1.5, size: 4096 }, { bytes: '1.0 KB of 4.0 KB', fraction: 0.25, speed: '2.0 KB/s', eta: '2 s', state: 'Transferring' }],
    ['running, size unknown', { state: 'active' }, { bytesDone: 100, speed: 0 }, { bytes: '100 bytes', fraction: null, speed: '', eta: '', state: 'Transferring' }],
    ['done', { state: 'done', size: 10, bytesDone: 10 }, undefined, { bytes: '10 bytes', fraction: 1, state: 'Done' }],
    ['skipped', { state: 'done', skipped: true, size: 10 }, undefined, { fraction: 1, state: 'Skipped (exists)' }],
    ['a folder not yet listed', { folder: true }, undefined, { bytes: 'Folder', state: 'Queued' }],
    ['paused halfway', { state: 'paused', size: 200, bytesDone: 100 }, undefined, { bytes: '100 bytes of 200 bytes', fraction: 0.5, state: 'Paused' }],
  ])('%s', (_name, fields, progress, expected) => {
    expect(rowFigures(job(fields), progress === undefined ? undefined : { id: 'j', ...progress })).toMatchObject(expected);
  });
});

describe('rowActions', () => {
  it.each<[Partial<TransferJob>, string[]]>([
    [{ state: 'queued' }, ['pause', 'cancel']],
    [{ state: 'active' }, ['pause', 'cancel']],
    [{ state: 'waiting' }, ['pause', 'cancel']],
    [{ state: 'paused' }, ['resume', 'cancel']],
    [{ state: 'failed', error: { code: 'FTP_TIMEOUT', message: 'x' } }, ['retry']],
    [{ state: 'failed', error: { code: 'PATH_UNSAFE', message: 'x' } }, []],
    [{ state: 'cancelled' }, ['retry']],
    [{ state: 'done' }, []],
  ])('%j allows %j', (fields, allowed) => {
    const actions = rowActions(job(fields));
    expect(Object.entries(actions).filter(([, on]) => on).map(([name]) => name)).toEqual(allowed);
  });
});

describe('names and routes', () => {
  it('names a download by its remote file and an upload by its local one', () => {
    expect(jobName(job({ remotePath: '/x/y/report.pdf' }))).toBe('report.pdf');
    expect(jobName(job({ kind: 'upload', localPath: 'C:\\Users\\me\\site', remotePath: '/www/site' }))).toBe('site');
  });

  it('routes bytes from source to target', () => {
    expect(jobRoute(job({}))).toEqual({ from: '/pub/a.zip', to: '/home/u/a.zip' });
    expect(jobRoute(job({ kind: 'upload' }))).toEqual({ from: '/home/u/a.zip', to: '/pub/a.zip' });
  });
});
