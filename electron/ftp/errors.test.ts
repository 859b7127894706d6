import { describe, expect, it } from 'vitest';
import {
  allErrors, errorForReply, FtpAbortedError, FtpConnectionClosedError, FtpError, FtpInvalidArgumentError,
  FtpPermanentError, FtpProtocolError, FtpReplyError, FtpTemporaryError, FtpTimeoutError, isFtpOrSystemError,
  leavesConnectionUsable, markConnectionUsable,
} from './errors.js';
import { makeReply } from './reply.js';

const reply = (code: number) => makeReply(code, [`${code} text`]);

describe('errorForReply', () => {
  it.each([
    [450, 'FTP_TEMPORARY', FtpTemporaryError],
    [421, 'FTP_TEMPORARY', FtpTemporaryError],
    [530, 'FTP_PERMANENT', FtpPermanentError],
    [550, 'FTP_PERMANENT', FtpPermanentError],
    [331, 'FTP_UNEXPECTED_REPLY', FtpReplyError],
    [226, 'FTP_UNEXPECTED_REPLY', FtpReplyError],
  ] as const)('%i -> %s', (code, stableCode, type) => {
    const error = errorForReply(reply(code));
    expect(error).toBeInstanceOf(type);
    expect(error).toBeInstanceOf(FtpError);
    expect(error.code).toBe(stableCode);
    expect(error.reply?.code).toBe(code);
    expect(error.message).toContain(`${code} text`);
  });
});

describe('leavesConnectionUsable', () => {
  it.each([
    [new FtpTemporaryError(reply(450)), true],
    [new FtpTemporaryError(reply(421)), false],
    [new FtpPermanentError(reply(550)), true],
    [new FtpReplyError(reply(331)), true],
    [new FtpAbortedError(), true],
    [new FtpInvalidArgumentError('CR in path'), true],
    [new FtpProtocolError('bad'), false],
    [new FtpTimeoutError('slow'), false],
    [new FtpConnectionClosedError('gone'), false],
    [new Error('disk full'), false],
  ])('%s -> %s', (error, usable) => expect(leavesConnectionUsable(error)).toBe(usable));

  it('honours errors marked after their final reply was read', () => {
    const local = new Error('disk full');
    expect(leavesConnectionUsable(markConnectionUsable(local))).toBe(true);
  });
});

describe('allErrors and isFtpOrSystemError', () => {
  it('covers every engine error and Node system errors', () => {
    const systemError = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', syscall: 'connect' });
    for (const error of [new FtpTimeoutError('t'), new FtpPermanentError(reply(550)), systemError]) {
      expect(allErrors.some((type) => error instanceof type)).toBe(true);
      expect(isFtpOrSystemError(error)).toBe(true);
    }
    expect(isFtpOrSystemError(new TypeError('bug'))).toBe(false);
  });

  it('names each class after itself', () => {
    expect(new FtpTimeoutError('t').name).toBe('FtpTimeoutError');
    expect(new FtpPermanentError(reply(550)).name).toBe('FtpPermanentError');
  });
});
