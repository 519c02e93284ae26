// Run by tests/unit/main-backups.test.ts as a child process that the test
// kills with SIGKILL at a random moment: writes backups one after another into
// argv[2], each a JSON document of about 400 kB naming its sequence number
// (counting on from argv[3], one minute apart), and prints the number of each
// finished write.
import { createBackupStore } from '../../../src/main/backups';

const folder = process.argv[2]!;
const first = Number(process.argv[3]);
let clock = Date.UTC(2026, 11, 1, 12) + first * 60_000;
const store = createBackupStore({ folder: () => folder, now: () => new Date(clock) });
const filler = 'ä'.repeat(200_000);

for (let seq = first + 1; ; seq++) {
  await store.writeBackup(JSON.stringify({ seq, filler }), false);
  process.stdout.write(`${seq}\n`);
  clock += 60_000;
}
