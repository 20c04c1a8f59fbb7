import { describe, expect, it } from 'vitest';
import { DATABASES, postgresAvailable } from '@koers/testing';
import { testApp } from './support/harness';

/**
 * The probes a load balancer asks (issue 15): `/healthz` says the process answers and reads nothing; `/readyz` says
 * whether the database answers, 503 when it does not, without saying why (the error may name a host or a user).
 */
for (const database of DATABASES) {
  describe.runIf(database.name === 'pglite' || (await postgresAvailable()))(`the health and readiness probes (${database.name})`, () => {
    it('answers ready while the database answers, and 503 once it does not, while the process still lives', async () => {
      const w = await testApp(database, 'test/fixtures/valid');
      expect(await (await w.app.request('/healthz')).json()).toEqual({ ok: true });
      const ready = await w.app.request('/readyz');
      expect([ready.status, await ready.json()]).toEqual([200, { ok: true, database: 'ok' }]);

      await w.store.close();
      const gone = await w.app.request('/readyz');
      expect(gone.status).toBe(503);
      expect(await gone.json()).toEqual({ ok: false, database: 'unavailable' });
      expect((await w.app.request('/healthz')).status).toBe(200);
      await database.cleanup();
    });
  });
}
