import nodemailer from 'nodemailer';
import type { Mailer } from '@koers/server';
import { ConfigError } from './config';

/** A malformed SMTP_URL: the server does not start. The message names SMTP_URL and never shows its password. */
export class SmtpUrlInvalid extends ConfigError {
  constructor(reason: { nl: string; en: string }) {
    super(`SMTP_URL is ongeldig: ${reason.nl} / SMTP_URL is invalid: ${reason.en}`);
    this.name = 'SmtpUrlInvalid';
  }
}

/**
 * Checks SMTP_URL: `smtp://user:password@host:port` or `smtps://…` (TLS from the start), with a host and, if
 * given, a port from 1 to 65535. The password is never repeated in a message.
 */
export function checkSmtpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SmtpUrlInvalid({ nl: 'dit is geen URL (verwacht smtp://gebruiker:wachtwoord@host:587).', en: 'this is not a URL (expected smtp://user:password@host:587).' });
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new SmtpUrlInvalid({ nl: `het schema moet smtp: of smtps: zijn, niet ${url.protocol}`, en: `the scheme must be smtp: or smtps:, not ${url.protocol}` });
  }
  if (!url.hostname) throw new SmtpUrlInvalid({ nl: 'de host ontbreekt.', en: 'the host is missing.' });
  if (url.port !== '' && !(Number(url.port) >= 1 && Number(url.port) <= 65535)) {
    throw new SmtpUrlInvalid({ nl: 'de poort moet tussen 1 en 65535 liggen.', en: 'the port must be between 1 and 65535.' });
  }
  return url;
}

/**
 * The nodemailer transport behind the server's Mailer, from SMTP_URL (checked first) and MAIL_FROM.
 * @example const mailer = smtpMailer('smtp://koers:geheim@mail.example:587', 'Koers <koers@example.nl>');
 */
export function smtpMailer(smtpUrl: string, from: string): Mailer & { close(): void } {
  const url = checkSmtpUrl(smtpUrl);
  const transport = nodemailer.createTransport(url.toString());
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text, html: message.html, messageId: message.messageId });
    },
    close: () => transport.close(),
  };
}
