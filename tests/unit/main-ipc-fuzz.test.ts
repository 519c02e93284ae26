// Property tests of main's IPC surface: every handler, fed at least 1 000
// random payloads from the app and 1 000 random messages from foreign
// senders, refuses them all, and nothing is written, no dialog is shown, no
// backup or language is touched. The channels come from `ipcRequestSchemas`,
// so a channel added there is fuzzed without touching this file.
import fc from 'fast-check';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIpcHandlers, type IpcSenderEvent } from '../../src/main/ipcHandlers';
import {
  ipcChannels,
  ipcErrorCodes,
  ipcRequestSchemas,
  type IpcChannel,
} from '../../src/shared/ipc';

const RUNS = 1000;
const channels = Object.values(ipcChannels);

async function setup() {
  const dir = await mkdtemp(join(tmpdir(), 'talkoot-ipc-fuzz-'));
  const effects: string[] = [];
  const record =
    <T>(name: string, value: T) =>
    async (): Promise<T> => {
      effects.push(name);
      return value;
    };
  const handlers = createIpcHandlers({
    dialogs: {
      // Were a dialog ever shown, it would answer with a real path in `dir`.
      chooseSavePath: record('chooseSavePath', join(dir, 'written.json')),
      chooseOpenPath: record('chooseOpenPath', join(dir, 'written.json')),
      chooseFolder: record('chooseFolder', dir),
    },
    documentsDir: () => dir,
    appInfo: () => {
      effects.push('appInfo');
      return { name: 'Talkoot', version: '0', platform: 'linux', userDataPath: dir };
    },
    saveLanguage: record('saveLanguage', undefined),
    applyTheme: () => void effects.push('applyTheme'),
    backups: {
      status: record('backups.status', { folder: dir, backups: [] }),
      write: record('backups.write', { ok: false, failure: 'other', folder: dir } as const),
      read: record('backups.read', new Uint8Array()),
      changeFolder: record('backups.changeFolder', null),
    },
    readyToClose: () => void effects.push('readyToClose'),
  });
  return { dir, effects, handlers };
}

/** Sender frames that are not the app: other schemes, hosts, ports, look-alikes, garbage, none. */
const foreignFrame: fc.Arbitrary<IpcSenderEvent> = fc
  .oneof(
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.webUrl().map((url) => url.replace(/^https?:/, 'app:')),
    fc.webUrl().map((url) => url.replace(/^https?:/, 'file:')),
    fc.string(),
    fc.constantFrom(
      '',
      'about:blank',
      'app://other/',
      'app://talkoot.evil.example/',
      'app://talkoot:8080/',
      'app://user@talkoot.evil/',
      'APP://TALKOOT.example/',
      'file:///tmp/out/renderer/index.html',
      'http://localhost:5173/',
      'https://talkoot/',
      'devtools://devtools/bundled/inspector.html',
      'chrome-extension://abc/index.html',
    ),
  )
  .filter((url) => !/^app:\/\/talkoot(?:[/?#]|$)/.test(url))
  .map((url) => ({ senderFrame: { url } }));

const anyFrame = fc.oneof(
  { weight: 9, arbitrary: foreignFrame },
  { weight: 1, arbitrary: fc.constant<IpcSenderEvent>({ senderFrame: null }) },
);

/** Any arguments at all, including ones that would be valid from the app. */
const anyArgs = fc.array(
  fc.oneof(
    fc.anything(),
    fc.record({ suggestedName: fc.string(), data: fc.string() }),
    fc.constant({ suggestedName: 'x.json', data: '{}' }),
    fc.constant({ language: 'fi' }),
    fc.constant({}),
  ),
  { maxLength: 3 },
);

/** Values that look like requests (the right keys, random values) as well as anything. */
const requestLike = fc.oneof(
  fc.anything({ withTypedArray: true, withMap: true, withSet: true, withNullPrototype: true }),
  fc.record(
    {
      suggestedName: fc.oneof(
        fc.string(),
        fc.constantFrom('../x.json', '..', '.', 'a/b', 'C:\\x', 'a\u0000b', ''),
        fc.anything(),
      ),
      data: fc.oneof(fc.string(), fc.uint8Array(), fc.anything()),
      filters: fc.anything(),
      encrypted: fc.anything(),
      name: fc.oneof(fc.string(), fc.anything()),
      language: fc.oneof(fc.string(), fc.constantFrom('de', 'FI', 'en-GB', ''), fc.anything()),
      theme: fc.oneof(fc.string(), fc.constantFrom('system', 'Dark', 'LIGHT', ''), fc.anything()),
      path: fc.string(),
    },
    { requiredKeys: [] },
  ),
);

/** Arguments the channel's schema refuses: a wrong count, or one request it rejects. */
function invalidArgs(channel: IpcChannel): fc.Arbitrary<unknown[]> {
  const schema = ipcRequestSchemas[channel];
  if (schema === null) return fc.array(fc.anything(), { minLength: 1, maxLength: 3 });
  return fc.oneof(
    fc.constant<unknown[]>([]),
    fc.array(requestLike, { minLength: 2, maxLength: 3 }),
    requestLike.filter((payload) => !schema.safeParse(payload).success).map((p) => [p]),
  );
}

async function filesIn(dir: string): Promise<string[]> {
  return readdir(dir, { recursive: true });
}

describe.each(channels)('IPC channel %s under random input', (channel) => {
  it(`refuses ${RUNS} random messages from foreign senders before anything happens`, async () => {
    const { dir, effects, handlers } = await setup();
    await fc.assert(
      fc.asyncProperty(anyFrame, anyArgs, async (event, args) => {
        await expect(handlers[channel](event, ...args)).rejects.toThrow(
          ipcErrorCodes.forbiddenSender,
        );
      }),
      { numRuns: RUNS },
    );
    expect(effects).toEqual([]);
    expect(await filesIn(dir)).toEqual([]);
  });

  it(`refuses ${RUNS} random invalid payloads from the app, showing and writing nothing`, async () => {
    const { dir, effects, handlers } = await setup();
    const event: IpcSenderEvent = { senderFrame: { url: 'app://talkoot/#/settings' } };
    await fc.assert(
      fc.asyncProperty(invalidArgs(channel), async (args) => {
        await expect(handlers[channel](event, ...args)).rejects.toThrow(
          ipcErrorCodes.invalidRequest,
        );
      }),
      { numRuns: RUNS },
    );
    expect(effects).toEqual([]);
    expect(await filesIn(dir)).toEqual([]);
  });
});

describe('the fuzzed surface', () => {
  it('covers every channel main answers, and the fuzz would notice an accepted payload', async () => {
    const { effects, handlers } = await setup();
    expect(Object.keys(handlers).sort()).toEqual([...channels].sort());
    expect(Object.keys(ipcRequestSchemas).sort()).toEqual([...channels].sort());
    // A valid message from the app does reach its effect: the checks above can fail.
    await handlers[ipcChannels.setLanguage](
      { senderFrame: { url: 'app://talkoot/' } },
      {
        language: 'sv',
      },
    );
    expect(effects).toEqual(['saveLanguage']);
  });
});
