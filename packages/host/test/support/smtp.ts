import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A mail as the SMTP server received it, decoded enough to read: headers, subject, plain text and HTML. */
export interface Received {
  to: string[];
  messageId: string;
  subject: string;
  text: string;
  html: string;
  raw: string;
}

const unfold = (head: string) => head.replace(/\r?\n[ \t]+/g, ' ');
function headers(head: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of unfold(head).split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at > 0) out[line.slice(0, at).toLowerCase()] = line.slice(at + 1).trim();
  }
  return out;
}
const words = (value: string) => value.replace(/=\?utf-8\?([qb])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
  enc.toLowerCase() === 'b' ? Buffer.from(text, 'base64').toString('utf8') : qp(text.replace(/_/g, ' '))).trim();
function qp(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}
function body(part: string): { type: string; content: string } {
  const split = part.search(/\r?\n\r?\n/);
  const h = headers(part.slice(0, split));
  const raw = part.slice(split).replace(/^\r?\n\r?\n/, '');
  const enc = (h['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const content = enc === 'quoted-printable' ? qp(raw) : enc === 'base64' ? Buffer.from(raw.replace(/\s/g, ''), 'base64').toString('utf8') : raw;
  return { type: (h['content-type'] ?? 'text/plain').split(';')[0]!.trim(), content: content.replace(/\r\n/g, '\n') };
}

/** Reads a raw message (RFC 5322, MIME multipart/alternative as nodemailer writes it). */
export function decode(raw: string, to: string[]): Received {
  const split = raw.search(/\r?\n\r?\n/);
  const h = headers(raw.slice(0, split));
  const boundary = /boundary="?([^";]+)"?/.exec(h['content-type'] ?? '')?.[1];
  const parts = boundary ? raw.split(`--${boundary}`).slice(1, -1).map(body) : [body(raw)];
  const of = (type: string) => parts.find((p) => p.type === type)?.content.replace(/\n$/, '') ?? '';
  return { to, messageId: h['message-id'] ?? '', subject: words(h.subject ?? ''), text: of('text/plain'), html: of('text/html'), raw };
}

/**
 * An SMTP server in this process on a free port of 127.0.0.1, with login (user `koers`, password `geheim`) and no
 * TLS. `refuse(n)` makes it refuse the next n mails with a temporary error (451), `refuse(Infinity)` all of them.
 */
export async function smtpServer() {
  const received: Received[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'], allowInsecureAuth: true, logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'koers' && auth.password === 'geheim') callback(null, { user: 'koers' });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refusals > 0) {
          refusals--;
          return callback(Object.assign(new Error('Tijdelijk niet beschikbaar'), { responseCode: 451 }));
        }
        received.push(decode(Buffer.concat(chunks).toString('utf8'), session.envelope.rcptTo.map((r) => r.address)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://koers:geheim@127.0.0.1:${port}`,
    received,
    refuse(n: number) {
      refusals = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
