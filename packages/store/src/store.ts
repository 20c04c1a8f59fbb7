import { type Connection, type StoreOptions, connect } from './create';

/**
 * The database behind Koers: one connection and the repositories on it. Repositories are the only place
 * with SQL; each lives in `repos/<name>.ts` as `create<Name>Repo(connection)` and is added here.
 * @example const store = await createStore({ dataDir: './data' }); await store.close();
 */
export async function createStore(options: StoreOptions = {}) {
  const connection = await connect(options);
  return {
    driver: connection.driver,
    connection,
    close: () => connection.close(),
  };
}

export type Store = Awaited<ReturnType<typeof createStore>>;
