import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
let home: string;

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'ferry-cli-home-'));
});
afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

describe('web shell cli', () => {
  it('prints exactly one URL line, serves HOME as the default folder and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0'], {
      env: { ...process.env, HOME: home },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('\n')) resolve(stdout.split('\n')[0] ?? '');
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
    });
    const match = /^Ferry web shell: (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]{43}))$/.exec(line);
    expect(match).not.toBeNull();
    const [, , port, token] = match ?? [];

    const ws = new WebSocket(`ws://127.0.0.1:${port}/ipc?token=${token}`, { headers: { Origin: `http://127.0.0.1:${port}` } });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const answer = new Promise<string>((resolve) => ws.once('message', (data) => resolve(String(data))));
    ws.send(JSON.stringify({ type: 'invoke', id: 1, channel: 'local:list', payload: {} }));
    expect(JSON.parse(await answer)).toMatchObject({ id: 1, result: { ok: true, value: { path: home } } });

    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
  }, 20_000);
});
