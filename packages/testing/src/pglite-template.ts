import { tmpdir } from 'node:os';
import { pgliteTemplate as templateIn } from '@koers/store';

let template: Promise<Blob> | undefined;

/**
 * A migrated, empty PGlite data directory to start every in-memory test database from (`loadDataDir`): initdb and the
 * migrations run once per change of the migrations on this machine, not once per suite (~3 s of CPU each). Kept in
 * the temporary folder under the migrations' hash (`@koers/store`'s `pgliteTemplate`).
 */
export function pgliteTemplate(): Promise<Blob> {
  template ??= templateIn(tmpdir());
  return template;
}
