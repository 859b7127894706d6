import { describe, expect, it } from 'vitest';
import { loadRecent, maxRecent, recentLabel, recentStorageKey, rememberConnection, saveRecent, toRecent } from './recent-connections.js';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

const request = { host: 'ftp.example.com', port: 21, user: 'ann', protocol: 'ftpes-if-available', password: 'hunter2', siteId: 'x' };

describe('recent connections', () => {
  it('never keeps a password, even when handed a whole connect request', () => {
    const list = rememberConnection([], request);
    expect(list).toEqual([{ host: 'ftp.example.com', port: 21, user: 'ann', protocol: 'ftpes-if-available' }]);
    const storage = memoryStorage();
    saveRecent(storage, list as never);
    // A list smuggling a password in through a cast is cleaned on the way out too.
    saveRecent(storage, [request] as never);
    const stored = storage.data.get(recentStorageKey) ?? '';
    expect(stored).toContain('ftp.example.com');
    expect(stored).not.toContain('hunter2');
    expect(stored).not.toContain('password');
  });

  it('drops passwords a tampered storage entry carries', () => {
    const storage = memoryStorage({ [recentStorageKey]: JSON.stringify([request]) });
    expect(loadRecent(storage)).toEqual([{ host: 'ftp.example.com', port: 21, user: 'ann', protocol: 'ftpes-if-available' }]);
  });

  it('puts the newest first, de-duplicates and caps the list', () => {
    let list = rememberConnection([], request);
    for (let index = 0; index < maxRecent + 3; index += 1) {
      list = rememberConnection(list, { ...request, host: `h${index}` });
    }
    list = rememberConnection(list, { ...request, host: 'FTP.example.com' });
    expect(list).toHaveLength(maxRecent);
    expect(list[0]?.host).toBe('FTP.example.com');
    expect(list.filter((item) => item.host.toLowerCase() === 'ftp.example.com')).toHaveLength(1);
  });

  it.each([
    ['not json', []],
    ['{"a":1}', []],
    [JSON.stringify([{ host: 'h', port: 0, user: '', protocol: 'ftp' }, { host: 'ok', port: 21, user: '', protocol: 'ftp' }]), [{ host: 'ok', port: 21, user: '', protocol: 'ftp' }]],
    [JSON.stringify([{ host: 'h', port: 21, user: '', protocol: 'sftp' }]), []],
  ])('loads %j safely', (stored, expected) => {
    expect(loadRecent(memoryStorage({ [recentStorageKey]: stored }))).toEqual(expected);
  });

  it('rejects junk', () => {
    expect(toRecent(null)).toBeNull();
    expect(toRecent({ host: '', port: 21, user: '', protocol: 'ftp' })).toBeNull();
  });

  it.each([
    [{ host: 'example.com', port: 21, user: 'ann', protocol: 'ftp' as const }, 'ann@example.com'],
    [{ host: 'example.com', port: 990, user: '', protocol: 'ftps-implicit' as const }, 'example.com'],
    [{ host: '::1', port: 2121, user: 'u', protocol: 'ftp' as const }, 'u@[::1]:2121'],
  ])('labels %j', (entry, label) => {
    expect(recentLabel(entry)).toBe(label);
  });
});
