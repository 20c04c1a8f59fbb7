// Opens the PGlite data directory given as argument, commits three organisations and prints "ack N" after
// each commit has been answered: the moment a server would acknowledge it to its client.
import { createStore } from '../../src';

const store = await createStore({ dataDir: process.argv[2]! });
process.stdout.write('begin\n');
for (let n = 1; n <= 3; n++) {
  await store.organisations.create({ kind: 'bestuur', name: `Stichting ${n}` });
  process.stdout.write(`ack ${n}\n`);
}
await store.close();
