import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// The Electron binary is fetched by `npm start` on first launch (install
// scripts are off, see .npmrc). Where it is missing the Electron tests skip,
// saying so; they never pretend to pass.
const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const pathFile = join(electronDir, 'path.txt');
const candidate = existsSync(pathFile)
  ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  : null;

/** The installed Electron executable, or null where it has not been downloaded. */
export const electronBinary = candidate && existsSync(candidate) ? candidate : null;

export const skipReason =
  'Electron binary not installed on this machine (it cannot be downloaded here); run npm start once on a machine with internet to fetch it';
