import { describe, expect, it } from 'vitest';
import { fsErrorToAppError } from './fs-errors.js';

describe('fsErrorToAppError', () => {
  it.each([
    ['ENOENT', 'NOT_FOUND'],
    ['EACCES', 'ACCESS_DENIED'],
    ['EPERM', 'ACCESS_DENIED'],
    ['ENOTDIR', 'NOT_A_DIRECTORY'],
    ['EROFS', 'ACCESS_DENIED'],
    ['EEXIST', 'ALREADY_EXISTS'],
    ['ENOTEMPTY', 'ALREADY_EXISTS'],
    ['EIO', 'IO_ERROR'],
    ['ELOOP', 'IO_ERROR'],
  ])('%s → %s, keeping the errno in detail', (errno, code) => {
    const error = Object.assign(new Error('x'), { code: errno });
    expect(fsErrorToAppError(error, '/a/b')).toEqual({ code, message: expect.stringContaining('/a/b'), detail: errno });
  });

  it('names the action in an error without a code of its own', () => {
    const error = Object.assign(new Error('x'), { code: 'EBUSY' });
    expect(fsErrorToAppError(error, '/a/b', 'delete').message).toBe('Could not delete /a/b');
    expect(fsErrorToAppError(error, '/a/b').message).toBe('Could not read /a/b');
  });

  it('treats a thrown non-error as IO_ERROR', () => {
    expect(fsErrorToAppError('weird', '/a').code).toBe('IO_ERROR');
  });
});
