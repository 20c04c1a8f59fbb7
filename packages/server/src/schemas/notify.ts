import { Type } from '@sinclair/typebox';
import { DateTime, Localized, Nullable, Uuid, named } from '../http/schema';

/** Shapes of the inbox, the personal settings and the admin's mail outbox (issue 12). */

export const NotificationView = named('Notification', Type.Object({
  id: Type.Integer(),
  kind: Type.String({ description: 'notify (een actie van de soort), reminder (herinnering) of escalation (escalatie).' }),
  title: Localized,
  body: Nullable(Localized),
  trajectoryId: Nullable(Uuid),
  schoolId: Nullable(Uuid),
  step: Nullable(Type.String({ description: 'De stap waar het om gaat (pad in de definitie), als die er is.' })),
  createdAt: DateTime,
  readAt: Nullable(DateTime),
}));

export const InboxPage = named('InboxPage', Type.Object({
  items: Type.Array(NotificationView),
  next: Nullable(Type.Integer({ description: 'Volgende pagina: ?before=<next>; null op de laatste.' })),
  unread: Type.Integer({ minimum: 0 }),
}));

export const InboxCount = named('InboxCount', Type.Object({ unread: Type.Integer({ minimum: 0 }) }));
export const ReadAll = Type.Object({ marked: Type.Integer({ minimum: 0, description: 'Hoeveel meldingen nu gelezen zijn.' }) });

const Lang = Type.Union([Type.Literal('nl'), Type.Literal('en')], { description: 'Taal van uw mails.' });
const MailChoice = Type.Union([Type.Literal('immediate'), Type.Literal('digest'), Type.Literal('off')], {
  description: 'immediate: een mail per melding; digest: één mail per dag (vanaf 07:00, Europe/Amsterdam); off: geen mail (de meldingen blijven in de app).',
});

export const SettingsView = named('UserSettings', Type.Object({ lang: Lang, mail: MailChoice }));
export const SettingsBody = Type.Object({ lang: Lang, mail: MailChoice }, { additionalProperties: false });

export const MailStatus = Type.Union([Type.Literal('held'), Type.Literal('pending'), Type.Literal('sent'), Type.Literal('dead')], {
  description: 'held: vastgehouden (geen SMTP_URL); pending: wacht op verzending; sent: verzonden; dead: opgegeven na de laatste poging.',
});

export const MailView = named('Mail', Type.Object({
  id: Type.Integer(),
  to: Type.String(),
  lang: Lang,
  subject: Type.String(),
  text: Type.String({ description: 'De platte tekst (titels, datums en een link; nooit antwoorden uit formulieren).' }),
  status: MailStatus,
  source: Type.String({ description: 'Waar de mail voor is: notification:<id> of digest:<gebruiker>:<dag>.' }),
  attempts: Type.Integer({ minimum: 0 }),
  nextAttemptAt: Nullable(DateTime),
  lastError: Nullable(Type.String()),
  createdAt: DateTime,
  sentAt: Nullable(DateTime),
}));

export const MailOutbox = named('MailOutbox', Type.Object({
  items: Type.Array(MailView),
  counts: Type.Object({ held: Type.Integer(), pending: Type.Integer(), sent: Type.Integer(), dead: Type.Integer() }),
}));
