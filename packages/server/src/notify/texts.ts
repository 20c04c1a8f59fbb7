import { midnight } from '@koers/engine';
import type { Notification } from '@koers/store';
import { dateWords } from '../time/words';
import type { Tell } from './effect-shape';

type Text = { nl: string; en: string };
type Lang = 'nl' | 'en';

/** A date in words with its year, in Europe/Amsterdam: "4 december 2026" / "4 December 2026". */
const longDate = (iso: string, lang: Lang): string => dateWords(iso, { year: true })[lang];

/** The inbox line for something to tell: its title and the sentence under it. */
export function notificationText(tell: Tell, at: Date): { title: Text; body: Text | null } {
  if (tell.kind === 'notify') return { title: tell.title, body: null };
  const due = tell.dueAt;
  const overdue = due !== null && Date.parse(due) <= at.getTime();
  if (tell.kind === 'escalation') {
    return {
      title: { nl: `Over tijd: ${tell.title.nl}`, en: `Overdue: ${tell.title.en}` },
      body: due ? { nl: `Deze stap had klaar moeten zijn op ${longDate(due, 'nl')}. U wordt gevraagd mee te kijken.`, en: `This step was due on ${longDate(due, 'en')}. You are asked to look into it.` } : null,
    };
  }
  return {
    title: { nl: `Herinnering: ${tell.title.nl}`, en: `Reminder: ${tell.title.en}` },
    body: due
      ? overdue
        ? { nl: `Deze stap is over tijd sinds ${longDate(due, 'nl')}.`, en: `This step is overdue since ${longDate(due, 'en')}.` }
        : { nl: `Deze stap moet klaar zijn op ${longDate(due, 'nl')}.`, en: `This step is due on ${longDate(due, 'en')}.` }
      : null,
  };
}

/** Everything user-provided goes into HTML through this. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The address of a trajectory's page in the web app. */
export function trajectoryLink(publicUrl: string, trajectoryId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/#/trajecten/${encodeURIComponent(trajectoryId)}`;
}

const W = {
  nl: { hello: 'Beste', school: 'School', open: 'Open de stap', why: 'U ontvangt deze mail van Koers. Uw meldingen en mailvoorkeur', digest: 'Uw meldingen van', more: 'meldingen' },
  en: { hello: 'Dear', school: 'School', open: 'Open the step', why: 'You receive this mail from Koers. Your notifications and mail preference', digest: 'Your notifications of', more: 'notifications' },
} as const;

/** A finished mail: subject, plain text and HTML. */
export interface MailContent { subject: string; text: string; html: string }

interface Item { notification: Pick<Notification, 'title' | 'body' | 'trajectoryId'>; schoolName: string }

const itemText = (item: Item, lang: Lang, publicUrl: string) => [
  item.notification.title[lang],
  ...(item.notification.body ? [item.notification.body[lang]] : []),
  `${W[lang].school}: ${item.schoolName}`,
  ...(item.notification.trajectoryId ? [`${W[lang].open}: ${trajectoryLink(publicUrl, item.notification.trajectoryId)}`] : []),
].join('\n');

const itemHtml = (item: Item, lang: Lang, publicUrl: string) => {
  const link = item.notification.trajectoryId ? trajectoryLink(publicUrl, item.notification.trajectoryId) : undefined;
  return `<h2 style="font-size:18px">${escapeHtml(item.notification.title[lang])}</h2>`
    + (item.notification.body ? `<p>${escapeHtml(item.notification.body[lang])}</p>` : '')
    + `<p>${W[lang].school}: ${escapeHtml(item.schoolName)}</p>`
    + (link ? `<p><a href="${escapeHtml(link)}">${W[lang].open}</a></p>` : '');
};

function wrap(lang: Lang, name: string, publicUrl: string, textBody: string, htmlBody: string): { text: string; html: string } {
  const settings = `${publicUrl.replace(/\/+$/, '')}/#/instellingen`;
  const text = `${W[lang].hello} ${name},\n\n${textBody}\n\n-- \n${W[lang].why}: ${settings}\n`;
  const html = `<!doctype html><html lang="${lang}"><body style="font-family:sans-serif">`
    + `<p>${W[lang].hello} ${escapeHtml(name)},</p>${htmlBody}`
    + `<hr><p style="color:#555;font-size:13px">${W[lang].why}: <a href="${escapeHtml(settings)}">${escapeHtml(settings)}</a></p></body></html>`;
  return { text, html };
}

/** The mail for one notification, in the recipient's language. Form answers are never in it: only titles and dates. */
export function notificationMail(input: { lang: Lang; name: string; publicUrl: string } & Item): MailContent {
  const { lang, name, publicUrl } = input;
  return {
    subject: `${input.notification.title[lang]} (${input.schoolName})`,
    ...wrap(lang, name, publicUrl, itemText(input, lang, publicUrl), itemHtml(input, lang, publicUrl)),
  };
}

/** The daily digest: the unread notifications since the last one, in the recipient's language. */
export function digestMail(input: { lang: Lang; name: string; publicUrl: string; day: string; items: Item[] }): MailContent {
  const { lang, name, publicUrl, items } = input;
  const day = longDate(midnight(input.day), lang);
  return {
    subject: `Koers: ${items.length} ${W[lang].more} (${day})`,
    ...wrap(lang, name, publicUrl,
      `${W[lang].digest} ${day}:\n\n${items.map((i) => itemText(i, lang, publicUrl)).join('\n\n')}`,
      `<p>${W[lang].digest} ${escapeHtml(day)}:</p>${items.map((i) => itemHtml(i, lang, publicUrl)).join('')}`),
  };
}
