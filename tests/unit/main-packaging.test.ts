// The packaging configuration, checked in Node (electron-builder itself
// needs internet to fetch Electron and cannot run here): the fuses flipped
// after packing, the installer targets and icons, and the pinned data folder.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { USER_DATA_FOLDER, userDataPath } from '../../src/main/userDataPath';

const require = createRequire(import.meta.url);
const fuses = require('../../scripts/fuses.cjs') as {
  (context: unknown, flip?: (path: string, config: unknown) => Promise<unknown>): Promise<void>;
  fuseConfig: Record<string | number, unknown>;
  electronBinaryPath: (dir: string, platform: string, name: string) => string;
};
const yaml = require('js-yaml') as { load: (text: string) => unknown };
type BuilderConfig = {
  productName: string;
  executableName: string;
  asar: boolean;
  afterPack: string;
  files: string[];
  extraResources: Array<{ from: string; to: string }>;
  win: { target: string; icon: string };
  nsis: { deleteAppDataOnUninstall: boolean };
  mac: { target: string; icon: string };
  linux: { target: string[]; icon: string };
};
// js-yaml comes with electron-builder, which reads the same file with it.
const builder = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('Electron fuses', () => {
  it('turn off run-as-node, NODE_OPTIONS and the inspector; load only an integrity-checked asar', () => {
    const config = fuses.fuseConfig;
    expect(config.version).toBe(FuseVersion.V1);
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
  });

  it('set every fuse of the wire on purpose, so a new Electron fuse is noticed', () => {
    expect(fuses.fuseConfig.strictlyRequireAllFuses).toBe(true);
    const all = Object.values(FuseV1Options).filter((v): v is number => typeof v === 'number');
    for (const fuse of all)
      expect(typeof fuses.fuseConfig[fuse], FuseV1Options[fuse]).toBe('boolean');
  });

  it('are flipped after packing on the packed executable of each platform', async () => {
    expect(builder.afterPack).toBe('scripts/fuses.cjs');
    const calls: Array<[string, Record<string | number, unknown>]> = [];
    const flip = async (path: string, config: unknown) =>
      void calls.push([path, config as Record<string | number, unknown>]);
    for (const platform of ['win32', 'darwin', 'linux']) {
      await fuses(
        {
          electronPlatformName: platform,
          appOutDir: '/build/out',
          packager: { appInfo: { productFilename: 'Talkoot' } },
        },
        flip,
      );
    }
    expect(calls.map(([path]) => path)).toEqual([
      join('/build/out', 'Talkoot.exe'),
      join('/build/out', 'Talkoot.app', 'Contents', 'MacOS', 'Talkoot'),
      join('/build/out', 'talkoot'),
    ]);
    expect(calls.map(([, config]) => config.resetAdHocDarwinSignature)).toEqual([
      false,
      true,
      false,
    ]);
    for (const [, config] of calls) {
      expect(config[FuseV1Options.RunAsNode]).toBe(false);
      expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    }
  });
});

describe('installers (electron-builder.yml)', () => {
  it('build NSIS, dmg, AppImage and deb from an asar, with the icons in resources/', () => {
    expect(builder.productName).toBe('Talkoot');
    expect(builder.executableName).toBe('talkoot');
    expect(builder.asar).toBe(true);
    expect(builder.win.target).toBe('nsis');
    expect(builder.mac.target).toBe('dmg');
    expect(builder.linux.target).toEqual(['AppImage', 'deb']);
    expect(builder.nsis.deleteAppDataOnUninstall).toBe(false);
    expect(existsSync(builder.win.icon)).toBe(true);
    expect(existsSync(builder.mac.icon)).toBe(true);
    const png = readFileSync('resources/icon.png');
    // A PNG of at least 512×512, as electron-builder needs for macOS.
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(existsSync(join(builder.linux.icon, '256x256.png'))).toBe(true);
    expect(builder.files).toContain('out/**');
  });

  it('ship the user guide that Help → User guide opens', () => {
    const guide = builder.extraResources.map((r) => r.to);
    expect(guide).toContain('guide/README.md');
    expect(readFileSync('src/main/index.ts', 'utf8')).toContain("'guide', 'README.md'");
  });
});

describe('the data folder', () => {
  it('is <appData>/Talkoot in every version, or the test override', () => {
    expect(USER_DATA_FOLDER).toBe('Talkoot');
    expect(userDataPath('/home/aino/.config', undefined)).toBe(
      join('/home/aino/.config', 'Talkoot'),
    );
    expect(userDataPath('/home/aino/.config', '')).toBe(join('/home/aino/.config', 'Talkoot'));
    expect(userDataPath('/x', '/tmp/t')).toBe('/tmp/t');
    // The package's own name and version play no part.
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string };
    expect(pkg.name).toBe('talkoot');
  });
});
