import type { TalkootApi } from './ipc';

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  interface Window {
    /** Present only inside the Electron app (see src/preload). */
    api?: TalkootApi;
  }
}
export {};
