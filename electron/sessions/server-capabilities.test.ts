import { describe, expect, it } from 'vitest';
import { serverCapabilities, tlsVersionFromLog } from './server-capabilities.js';

// FEAT maps as the engine parses them (upper-case keys, the rest of the line as value).
const vsftpd = new Map([['EPRT', ''], ['EPSV', ''], ['MDTM', ''], ['PASV', ''], ['REST', 'STREAM'], ['SIZE', ''], ['TVFS', ''], ['UTF8', '']]);
const proftpd = new Map([
  ['EPSV', ''],
  ['MFMT', ''],
  ['MLST', 'modify*;perm*;size*;type*;unique*;UNIX.group*;UNIX.mode*;UNIX.owner*;'],
  ['REST', 'STREAM'],
  ['UTF8', ''],
]);
const pyftpdlib = new Map([['MLST', 'type*;perm*;size*;modify*;'], ['REST', '']]);

describe('serverCapabilities', () => {
  it.each([
    ['vsftpd over TLS', vsftpd, true, 'TLSv1.3', { tls: true, tlsVersion: 'TLSv1.3', mlsd: false, utf8: true, resume: true, mfmt: false, epsv: true }],
    ['proftpd plain', proftpd, false, undefined, { tls: false, tlsVersion: null, mlsd: true, utf8: true, resume: true, mfmt: true, epsv: true }],
    ['a bare REST is no promise', pyftpdlib, false, undefined, { tls: false, tlsVersion: null, mlsd: true, utf8: false, resume: false, mfmt: false, epsv: false }],
    ['no FEAT at all', undefined, true, undefined, { tls: true, tlsVersion: null, mlsd: false, utf8: false, resume: false, mfmt: false, epsv: false }],
    ['a version on plain FTP is ignored', new Map(), false, 'TLSv1.2', { tls: false, tlsVersion: null, mlsd: false, utf8: false, resume: false, mfmt: false, epsv: false }],
  ] as const)('%s', (_name, features, secure, version, expected) => {
    expect(serverCapabilities(features, secure, version)).toEqual(expected);
  });
});

describe('tlsVersionFromLog', () => {
  it.each([
    ['TLS control: TLSv1.3 TLS_AES_256_GCM_SHA384', 'TLSv1.3'],
    ['TLS control: TLSv1.2 ECDHE-RSA-AES128-GCM-SHA256', 'TLSv1.2'],
    ['TLS data: TLSv1.3 TLS_AES_256_GCM_SHA384 session reused', undefined],
    ['TLS control: ? ', undefined],
    ['234 AUTH TLS successful', undefined],
  ])('%s', (line, expected) => {
    expect(tlsVersionFromLog(line)).toBe(expected);
  });
});
