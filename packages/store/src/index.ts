export { connect, type Connection, type Db, type StoreOptions } from './create';
export { DataDirLocked, lockDataDir } from './lock';
export * as schema from './schema';
export { createStore, type Store } from './store';
