import { expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { answer, errorOf, harness } from './support/harness';

await forEachDatabase('password policy', harness, (h) => {
  /** A fresh invitation for a new account at school A, made by the admin. */
  const invite = async (email: string, name = '') => {
    const admin = await h.as('admin@koers.nl');
    return (await answer(admin.api.invitations.$post({ json: { email, name, role: 'ib', organisationId: h.world.schoolA.id } }), 201)).token;
  };
  const accept = (token: string, name: string, password: string) => h.agent().request('POST', `/api/invitations/${token}/accept`, { name, password });

  it('refuses a common (breached) password for a new account with a Dutch message, and creates nothing', async () => {
    const token = await invite('sanne@esch.nl');
    const before = await h.counts();
    for (const password of ['1234567890', 'qwertyuiop', 'Password123', 'iloveyou12']) {
      const res = await accept(token, 'Sanne Jansen', password);
      expect(res.status).toBe(422);
      const error = await errorOf(res);
      expect(error.path).toBe('/password');
      expect(error.fieldErrors).toEqual([expect.objectContaining({ path: '/password' })]);
      expect(error.message.nl).toBe('Dit wachtwoord komt voor in een lijst van veelgebruikte, uitgelekte wachtwoorden. Kies een ander wachtwoord.');
    }
    expect(await h.counts()).toEqual(before);
    expect((await accept(token, 'Sanne Jansen', 'zonnebloem-fiets-kade')).status).toBe(201);
  });

  it('refuses the product\'s name and demo password, and the person\'s own e-mail address or name', async () => {
    const token = await invite('tim.deboer@esch.nl');
    const refused: Array<[string, string]> = [
      ['koers-demo', 'Een wachtwoord mag het woord "koers" niet bevatten.'],
      ['MijnKoersWachtwoord', 'Een wachtwoord mag het woord "koers" niet bevatten.'],
      ['tim.deboer@esch.nl', 'Een wachtwoord mag niet uw e-mailadres of uw naam zijn.'],
      ['Tim.DeBoer', 'Een wachtwoord mag niet uw e-mailadres of uw naam zijn.'],
      ['Tim de Boer 1', 'Een wachtwoord mag niet uw e-mailadres of uw naam zijn.'],
    ];
    for (const [password, message] of refused) {
      const res = await accept(token, 'Tim de Boer', password);
      expect(res.status, password).toBe(422);
      expect((await errorOf(res)).message.nl).toBe(message);
    }
    expect((await accept(token, 'Tim de Boer', 'schoolplein-regenjas-7')).status).toBe(201);
  });
});
