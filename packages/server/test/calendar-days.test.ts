import { describe, expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { answer, errorOf } from './support/harness';
import { agendaWorld } from './support/agenda-world';

await forEachDatabase('studiedagen per bestuur', agendaWorld, (w) => {
  const days = (organisationId: string) => w.store.calendarDays.list([organisationId]);

  describe('keeping a bestuur\'s studiedagen', () => {
    it('lets an admin add, list and remove a bestuur\'s studiedagen, by date, each in the audit log', async () => {
      const admin = await w.signIn('admin@koers.nl');
      const id = w.besturen.polderwijs.id;
      const later = await answer(admin.api.organisations[':id']['calendar-days'].$post({ param: { id }, json: { date: '2027-03-15', title: ' Studiedag rekenen ' } }), 201);
      const first = await answer(admin.api.organisations[':id']['calendar-days'].$post({ param: { id }, json: { date: '2026-11-12', title: 'Studiedag team' } }), 201);
      expect(later).toMatchObject({ date: '2027-03-15', title: 'Studiedag rekenen' });
      expect((await answer(admin.api.organisations[':id']['calendar-days'].$get({ param: { id } }))).map((d) => d.date)).toEqual(['2026-11-12', '2027-03-15']);
      const removed = await admin.request('DELETE', `/api/organisations/${id}/calendar-days/${first.id}`);
      expect(removed.status).toBe(204);
      expect((await days(id)).map((d) => d.title)).toEqual(['Studiedag rekenen']);
      const log = await w.store.audit.listForOrganisation(id);
      expect(log.entries.map((e) => e.action).slice(0, 3)).toEqual(['calendar-day.remove', 'calendar-day.add', 'calendar-day.add']);
      expect((await admin.request('DELETE', `/api/organisations/${id}/calendar-days/${first.id}`)).status).toBe(404);
    });

    it('lets the bestuurder keep the studiedagen of their own bestuur, not of another', async () => {
      const bestuurder = await w.signIn('bestuur@rivierland.nl');
      await answer(bestuurder.api.organisations[':id']['calendar-days'].$post({ param: { id: w.besturen.rivierland.id }, json: { date: '2026-10-02', title: 'Studiedag' } }), 201);
      const other = await bestuurder.request('POST', `/api/organisations/${w.besturen.polderwijs.id}/calendar-days`, { date: '2026-10-02', title: 'Studiedag' });
      expect(other.status).toBe(403);
      const ib = await w.signIn('ib@esch.nl');
      expect((await ib.request('GET', `/api/organisations/${w.besturen.rivierland.id}/calendar-days`)).status).toBe(403);
      expect((await ib.request('POST', `/api/organisations/${w.besturen.rivierland.id}/calendar-days`, { date: '2026-10-09', title: 'x' })).status).toBe(403);
    });

    it('refuses a bad date, a missing title, a duplicate date and a school with a Dutch message and pointer, and changes nothing', async () => {
      const admin = await w.signIn('admin@koers.nl');
      const id = w.besturen.rivierland.id;
      await answer(admin.api.organisations[':id']['calendar-days'].$post({ param: { id }, json: { date: '2027-04-01', title: 'Studiedag' } }), 201);
      const before = await days(id);
      const cases: Array<[string, string, unknown, number, string, RegExp]> = [
        ['31 November', id, { date: '2026-11-31', title: 'Studiedag' }, 422, '/date', /geen bestaande datum/],
        ['29 February in a common year', id, { date: '2027-02-29', title: 'Studiedag' }, 422, '/date', /geen bestaande datum/],
        ['a Dutch date', id, { date: '12-11-2026', title: 'Studiedag' }, 422, '/date', /JJJJ-MM-DD/],
        ['a date with a time', id, { date: '2026-11-12T00', title: 'Studiedag' }, 422, '/date', /.+/],
        ['no title', id, { date: '2026-11-12' }, 422, '/title', /.+/],
        ['a title of spaces', id, { date: '2026-11-12', title: '   ' }, 422, '/title', /titel/],
        ['the same date again', id, { date: '2027-04-01', title: 'Nog een studiedag' }, 422, '/date', /heeft op 1 april 2027 al een studiedag/],
        ['a school instead of a bestuur', w.schools.A.id, { date: '2026-11-12', title: 'Studiedag' }, 422, '/id', /De Esch is een school/],
        ['an unknown organisation', '00000000-0000-4000-8000-000000000000', { date: '2026-11-12', title: 'Studiedag' }, 404, '/id', /bestaat niet/],
      ];
      for (const [what, organisationId, body, status, path, message] of cases) {
        const res = await admin.request('POST', `/api/organisations/${organisationId}/calendar-days`, body);
        expect(res.status, what).toBe(status);
        const error = await errorOf(res);
        expect(error.message.nl, what).toBeTruthy();
        expect(error.message.en, what).toBeTruthy();
        const paths = [error.path, ...(error.fieldErrors ?? []).map((f) => f.path)];
        expect(paths, what).toContain(path);
        const messages = [error.message.nl, ...((error.fieldErrors ?? []) as unknown as Array<{ message: { nl: string } }>).map((f) => f.message.nl)].join(' | ');
        expect(messages, what).toMatch(message);
      }
      expect(await days(id)).toEqual(before);
      expect(await days(w.schools.A.id)).toEqual([]);
      const school = await admin.request('GET', `/api/organisations/${w.schools.A.id}/calendar-days`);
      expect(school.status).toBe(422);
    });
  });
});
