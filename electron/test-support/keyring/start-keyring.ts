import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A private D-Bus session with an unlocked GNOME Keyring, owned by the test that started it. */
export interface PrivateKeyring {
  readonly busAddress: string;
  /** The temp folder holding HOME, XDG dirs, the bus socket and the keyring file. */
  readonly folder: string;
  /** Locks the login collection, as a screen lock would. */
  lock(): Promise<void>;
  /** Stops the daemons, removes the folder, and restores DBUS_SESSION_BUS_ADDRESS. Idempotent. */
  stop(): Promise<void>;
}

/** What to start. */
export interface StartKeyringOptions {
  /**
   * `unlocked` (default): a keyring with an unlocked login collection. `none`: only the bus, no Secret Service.
   * `no-login`: the daemon runs but has no login collection, as on a desktop that never set one up.
   */
  readonly keyring?: 'unlocked' | 'none' | 'no-login';
  /** Point this process's DBUS_SESSION_BUS_ADDRESS at the bus (default true). Must happen before keytar's first call. */
  readonly setEnv?: boolean;
}

const tools = [
  ['dbus-daemon', 'dbus-daemon'],
  ['dbus-send', 'dbus-bin'],
  ['gnome-keyring-daemon', 'gnome-keyring'],
  ['setpriv', 'util-linux'],
] as const;

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((folder) => {
    try {
      accessSync(join(folder, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Throws a message naming the apt packages when a tool the keyring needs is missing. */
export function assertKeyringTools(): void {
  const missing = tools.filter(([command]) => !onPath(command));
  if (missing.length > 0) {
    throw new Error(
      `The keyring tests need ${missing.map(([c]) => c).join(', ')}, which are not installed. Install them with: ` +
        `apt-get install -y ${[...new Set(missing.map(([, p]) => p))].join(' ')} dbus-x11 libsecret-1-dev`,
    );
  }
}

// --pdeathsig: the kernel kills the daemon if this test process dies without cleaning up (vitest kills its
// workers without running exit handlers).
function spawnOwned(command: string, args: readonly string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn('setpriv', ['--pdeathsig', 'KILL', '--', command, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
}

function firstLine(child: ChildProcess, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const end = text.indexOf('\n');
      if (end >= 0) resolve(text.slice(0, end).trim());
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}) before it was ready: ${errors.trim()}`)));
  });
}

async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
  await gone;
  clearTimeout(timer);
}

async function busCall(address: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run('dbus-send', [`--bus=${address}`, '--print-reply', ...args], { timeout: 5000 });
  return stdout;
}

/**
 * A session bus like `dbus-daemon --session`, minus the service directories: with them, the first call to
 * org.freedesktop.secrets would D-Bus-activate the system's gnome-keyring (locked, not ours) and race ours.
 */
function busConfig(socket: string): string {
  return `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=${socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`;
}

const pollMs = 50;
const readyTimeoutMs = 10_000;

async function waitForName(address: string, keyring: ChildProcess): Promise<void> {
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    const reply = await busCall(address, [
      '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.NameHasOwner',
      'string:org.freedesktop.secrets',
    ]).catch(() => '');
    if (/boolean true/.test(reply)) return;
    if (keyring.exitCode !== null) throw new Error(`gnome-keyring-daemon exited with ${keyring.exitCode}.`);
    if (Date.now() > deadline) throw new Error('gnome-keyring-daemon did not join the bus within 10 s.');
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

const loginCollection = '/org/freedesktop/secrets/collection/login';

async function waitForUnlockedLogin(address: string, keyring: ChildProcess): Promise<void> {
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    const reply = await busCall(address, [
      '--dest=org.freedesktop.secrets', loginCollection, 'org.freedesktop.DBus.Properties.Get',
      'string:org.freedesktop.Secret.Collection', 'string:Locked',
    ]).catch(() => '');
    if (/boolean false/.test(reply)) return;
    if (keyring.exitCode !== null) throw new Error(`gnome-keyring-daemon exited with ${keyring.exitCode}.`);
    if (Date.now() > deadline) throw new Error('gnome-keyring-daemon did not offer an unlocked login keyring within 10 s.');
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

const folderPrefix = 'ferry-keyring-';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes folders of test processes that died before stop(): their daemons died with them (pdeathsig). */
function sweepStaleFolders(): void {
  for (const name of readdirSync(tmpdir())) {
    const pid = new RegExp(`^${folderPrefix}(\\d+)-`).exec(name)?.[1];
    if (pid !== undefined && !isAlive(Number(pid))) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

/**
 * Starts a private `dbus-daemon` (session config, socket in a temp folder) and, in that bus, `gnome-keyring-daemon --unlock
 * --components=secrets` (password on stdin), with HOME and XDG dirs in the temp folder, so keytar works under
 * plain `npm test` without touching the user's keyring. Both run in the foreground as our children.
 */
export async function startPrivateKeyring(options: StartKeyringOptions = {}): Promise<PrivateKeyring> {
  assertKeyringTools();
  sweepStaleFolders();
  const folder = mkdtempSync(join(tmpdir(), `${folderPrefix}${process.pid}-`));
  const home = join(folder, 'home');
  const runtime = join(folder, 'run');
  await mkdir(join(home, '.local', 'share'), { recursive: true });
  await mkdir(runtime, { mode: 0o700 });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_RUNTIME_DIR: runtime,
  };
  const children: ChildProcess[] = [];
  const previous = process.env.DBUS_SESSION_BUS_ADDRESS;
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    for (const child of [...children].reverse()) await stopChild(child);
    if (options.setEnv !== false) {
      if (previous === undefined) delete process.env.DBUS_SESSION_BUS_ADDRESS;
      else process.env.DBUS_SESSION_BUS_ADDRESS = previous;
    }
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    const config = join(folder, 'bus.conf');
    writeFileSync(config, busConfig(join(folder, 'bus')));
    const bus = spawnOwned('dbus-daemon', [`--config-file=${config}`, '--nofork', '--nopidfile', '--print-address=1'], env);
    children.push(bus);
    const busAddress = await firstLine(bus, 'dbus-daemon');
    const mode = options.keyring ?? 'unlocked';
    if (mode !== 'none') {
      const unlock = mode === 'unlocked' ? ['--unlock'] : [];
      const keyring = spawnOwned('gnome-keyring-daemon', ['--foreground', ...unlock, '--components=secrets'], {
        ...env,
        DBUS_SESSION_BUS_ADDRESS: busAddress,
      });
      children.push(keyring);
      keyring.stdin?.end(mode === 'unlocked' ? 'ferry-test-keyring' : '');
      await waitForName(busAddress, keyring);
      if (mode === 'unlocked') await waitForUnlockedLogin(busAddress, keyring);
    }
    if (options.setEnv !== false) process.env.DBUS_SESSION_BUS_ADDRESS = busAddress;
    return {
      busAddress,
      folder,
      async lock() {
        await busCall(busAddress, [
          '--dest=org.freedesktop.secrets', '/org/freedesktop/secrets', 'org.freedesktop.Secret.Service.Lock',
          `array:objpath:${loginCollection}`,
        ]);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
