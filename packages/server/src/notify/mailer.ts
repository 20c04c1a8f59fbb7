/** One mail as the sender hands it over: plain text and HTML, with a stable Message-ID per outbox row. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** `<koers-mail-<id>@koers>`: the same on every attempt of a row, so a receiver can tell a repeat. */
  messageId: string;
}

/**
 * What sends mail. The edge (packages/host) makes one from SMTP_URL with nodemailer; without it mails are held
 * in the outbox for the admin. `send` resolves when the server accepted the mail and throws when it did not.
 */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
