import { afterEach, expect, it } from 'vitest';
import { assertKeyringTools } from './start-keyring.js';

const path = process.env.PATH;
afterEach(() => {
  process.env.PATH = path;
});

it('names the apt packages when the keyring tools are missing', () => {
  expect(() => assertKeyringTools()).not.toThrow();
  process.env.PATH = '/nonexistent';
  expect(() => assertKeyringTools()).toThrow(/apt-get install -y dbus-daemon dbus-bin gnome-keyring util-linux/);
});
