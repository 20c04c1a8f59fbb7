// Run as a child process under a chosen TZ: prints the due time of the mini fixture's first step (P14D)
// for a start at the instant given as the first argument.
import { start } from '../../src';
import { fixtureDefinition } from '../helpers';

const enteredAt = process.argv[2]!;
process.stdout.write(start(fixtureDefinition('mini'), { now: enteredAt }).steps[0]!.dueAt ?? '');
