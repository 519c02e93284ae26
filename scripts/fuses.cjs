// electron-builder's afterPack hook (electron-builder.yml): flips Electron's
// fuses in the packaged binary, before it is signed and put in an installer.
// Fuses are bits in the Electron executable itself; once flipped, no command
// line option or environment variable turns the feature back on.
// CommonJS because electron-builder loads hooks with require().
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS hook, loaded with require()
const { join } = require('node:path');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
const { flipFuses, FuseV1Options, FuseVersion } = require('@electron/fuses');

/** Every fuse of the V1 wire, each set on purpose (strictlyRequireAllFuses). */
const fuseConfig = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE would turn Talkoot into a plain Node that runs any script.
  [FuseV1Options.RunAsNode]: false,
  // Cookies (and so any session data Chromium keeps) encrypted with the OS key store.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS could preload code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect / --inspect-brk would open a debugger on the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app.asar is checked against the hash electron-builder records (macOS, Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only the (integrity-checked) app.asar is loaded, never a loose app folder beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // No page is ever loaded from file:// (the renderer is served on app://,
  // and navigation to file:// is denied), so the extra privileges file://
  // pages get are moot; left on because main's protocol handler reads the
  // built renderer with net.fetch(file://…).
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
};

/** The Electron executable inside what electron-builder packed for `platform`. */
function electronBinaryPath(appOutDir, platform, productFilename) {
  if (platform === 'darwin' || platform === 'mas') {
    return join(appOutDir, `${productFilename}.app`, 'Contents', 'MacOS', productFilename);
  }
  if (platform === 'win32') return join(appOutDir, `${productFilename}.exe`);
  // electron-builder names the Linux executable after `executableName`.
  return join(appOutDir, 'talkoot');
}

/** The afterPack hook; `flip` is injected by the tests. */
async function afterPack(context, flip = flipFuses) {
  const platform = context.electronPlatformName;
  const binary = electronBinaryPath(
    context.appOutDir,
    platform,
    context.packager.appInfo.productFilename,
  );
  await flip(binary, {
    ...fuseConfig,
    // Flipping fuses breaks the ad-hoc signature of arm64 macOS builds: re-sign ad hoc.
    resetAdHocDarwinSignature: platform === 'darwin',
  });
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.afterPack = afterPack;
module.exports.fuseConfig = fuseConfig;
module.exports.electronBinaryPath = electronBinaryPath;
