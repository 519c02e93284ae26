// `npm start`: make sure the Electron binary is there (install scripts are off,
// see .npmrc), then build and launch the app with electron-vite.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

if (!existsSync(join(electronDir, 'path.txt'))) {
  console.log('Fetching the Electron binary (first launch only)…');
  const fetched = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'inherit',
  });
  if (fetched.status !== 0) {
    console.error(
      '\nThe Electron binary could not be downloaded on this machine.\n' +
        'Run the same app in a browser instead: npm run web',
    );
    process.exit(1);
  }
}

const run = spawnSync('npx', ['electron-vite', 'preview', ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(run.status ?? 1);
