// Takes the lock on the data directory given as argument, says "locked" and holds it until it is killed.
import { lockDataDir } from '../../src';

lockDataDir(process.argv[2]!);
process.stdout.write('locked\n');
setInterval(() => {}, 60_000);
