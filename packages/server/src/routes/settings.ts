import { Hono } from 'hono';
import type { Store } from '@koers/store';
import type { AuthEnv } from '../auth/options';
import { route } from '../http/route';
import { SettingsBody, SettingsView } from '../schemas/notify';
import { CSRF } from './auth';

const tag = 'accounts';
const get = route({
  tag, summary: 'Mijn instellingen / my settings', access: 'signed-in', who: 'Alleen uw eigen instellingen.',
  description: 'De taal van uw mails en hoe vaak u mail krijgt; zonder eigen keuze: nl en immediate.',
  responses: { 200: { description: 'Uw instellingen.', schema: SettingsView } },
});
const put = route({
  tag, summary: 'Instellingen opslaan / save my settings', access: 'signed-in', who: 'Alleen uw eigen instellingen.', description: CSRF,
  body: SettingsBody,
  responses: { 200: { description: 'De opgeslagen instellingen.', schema: SettingsView } },
});

/** The signed-in person's own settings: the language of their mails and how often they get mail. */
export function settingsRoutes(deps: { store: Store }) {
  return new Hono<AuthEnv>()
    .get('/settings', get.check, async (c) => {
      const { lang, mail } = await deps.store.userSettings.get(c.var.viewer.userId);
      return get.json(c, 200, { lang, mail });
    })
    .put('/settings', put.check, async (c) => put.json(c, 200, await deps.store.userSettings.put(c.var.viewer.userId, c.req.valid('json'))));
}
