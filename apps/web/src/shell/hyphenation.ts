/**
 * Long Dutch words break at syllables, not anywhere: soft hyphens from the Dutch TeX patterns (`hyphen/nl`), so it
 * works without the browser's own dictionary (Chromium on Linux has none; CSS `hyphens: auto` then does nothing).
 * Applied to the texts where long words stand in narrow places: headings, card and step titles, and whatever is
 * marked `data-hyphenate`, inside an element whose `lang` is Dutch. The patterns (48 KB gzip) load after the page,
 * in a chunk of their own; until then the words wrap as before. Copying takes the soft hyphens out again.
 */
const TARGETS = 'h1, h2, h3, h4, legend, .trajectory-card a, [data-hyphenate]';
/** Shorter words fit on a phone's line anyway; hyphenating them would only make the text restless. */
const MIN_WORD = 12;
const SHY = '\u00AD';

type Hyphenate = (text: string) => string;

function hyphenateWithin(root: ParentNode, hyphenate: Hyphenate) {
  for (const element of root.querySelectorAll<HTMLElement>(TARGETS)) {
    if (!element.closest('[lang]')?.getAttribute('lang')?.startsWith('nl')) continue;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      if (!/\p{L}{12}/u.test(text)) continue;
      const next = hyphenate(text.replaceAll(SHY, ''));
      if (next !== text) node.nodeValue = next;
    }
  }
}

/** Copying a hyphenated text gives the words without their soft hyphens. */
function copyWithoutSoftHyphens(event: ClipboardEvent) {
  const selected = document.getSelection()?.toString() ?? '';
  if (!selected.includes(SHY) || !event.clipboardData) return;
  event.clipboardData.setData('text/plain', selected.replaceAll(SHY, ''));
  event.preventDefault();
}

/** Starts hyphenating the document's Dutch headings and titles, now and whenever the page changes. */
export async function startHyphenation(root: HTMLElement): Promise<void> {
  document.addEventListener('copy', copyWithoutSoftHyphens);
  const { hyphenateSync } = await import('hyphen/nl');
  const hyphenate: Hyphenate = (text) => hyphenateSync(text, { minWordLength: MIN_WORD });
  let queued = false;
  const run = () => {
    queued = false;
    // Our own changes come back as mutations; they change nothing the second time, so this settles.
    hyphenateWithin(root, hyphenate);
  };
  run();
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(run);
  }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['lang'] });
}
