/**
 * What the application menu asks the window to do, sent by main on the
 * `mainToWindowChannels.menuCommand` channel and handled in the renderer
 * (src/renderer/src/app/useMenuCommands.ts). A plain list, so the sandboxed
 * preload can check a command without zod.
 */
export const menuCommands = [
  'newHourEntry',
  'exportDataFile',
  'backUpNow',
  'restore',
  'importMembers',
  'saveReport',
  'search',
  'settings',
  'textLarger',
  'textSmaller',
  'textReset',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}
