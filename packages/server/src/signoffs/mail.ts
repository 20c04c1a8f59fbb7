import type { Localized } from '@koers/engine';
import { escapeHtml } from '../notify/texts';
import { dateWords } from '../time/words';

/**
 * The mail with a sign-off link, in Dutch (the signer has no account, so no language setting): what they are asked
 * to sign, for which school, by whom, until when, and the link. The link is the secret; the mail outbox keeps it as
 * any invitation mail does, and nothing else logs it.
 */
export function signoffMail(input: {
  name: string; title: Localized; school: string; requestedBy: string; link: string; expiresAt: string;
}): { subject: string; text: string; html: string } {
  const until = dateWords(input.expiresAt, { year: true }).nl;
  const lines = [
    `Beste ${input.name},`,
    `${input.requestedBy} vraagt u namens ${input.school} te tekenen voor: ${input.title.nl}.`,
    `U heeft hiervoor geen account nodig. Open deze link, lees wat u tekent en teken met uw naam (de link werkt één keer, tot ${until}):`,
    input.link,
    'Verwacht u dit bericht niet, dan kunt u het negeren.',
  ];
  return {
    subject: `Verzoek om te tekenen: ${input.title.nl} (${input.school})`,
    text: lines.join('\n\n'),
    html: `<p>${escapeHtml(lines[0]!)}</p><p>${escapeHtml(lines[1]!)}</p><p>${escapeHtml(lines[2]!)}</p>`
      + `<p><a href="${escapeHtml(input.link)}">${escapeHtml(input.title.nl)}: openen en tekenen</a></p><p>${escapeHtml(lines[4]!)}</p>`,
  };
}
