import { html } from 'hono/html';
import { type Lang, textIn } from '@koers/engine';
import { type Catalogue, listTypes } from '../catalogue';

const TEXT = {
  title: { nl: 'Koers — trajectsoorten', en: 'Koers — trajectory types' },
  intro: {
    nl: 'De trajectsoorten die Koers nu kent: hun proces als diagram, hun rollen en hun documentatie. Scholen en procesbegeleiders werken in de web-app (inloggen op /).',
    en: 'The trajectory types Koers knows now: their process as a diagram, their roles and their documentation. Schools and coaches work in the web app (sign in at /).',
  },
  roles: { nl: 'Rollen', en: 'Roles' },
  version: { nl: 'versie', en: 'version' },
  steps: { nl: 'stappen', en: 'steps' },
  download: { nl: 'Downloaden', en: 'Download' },
  docs: { nl: 'Documentatie (Markdown)', en: 'Documentation (Markdown)' },
  diagramOf: { nl: 'Procesdiagram van', en: 'Process diagram of' },
  other: { nl: 'English', en: 'Nederlands' },
} as const;

/** The public catalogue page: every trajectory type with its diagram and export links. Server-rendered, no script, no inline style (CATALOGUE_STYLE at /catalogus.css). */
export function cataloguePage(catalogue: Catalogue, lang: Lang) {
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  const types = listTypes(catalogue);
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TEXT.title[lang]}</title>
<link rel="stylesheet" href="/catalogus.css">
</head>
<body>
<header><h1>${TEXT.title[lang]}</h1><a class="lang" href="/catalogus?lang=${other}" hreflang="${other}">${TEXT.other[lang]}</a></header>
<main>
<p class="intro">${TEXT.intro[lang]}</p>
${types.map(({ definition: d, index }) => {
  const base = `/api/types/${encodeURIComponent(d.id)}`;
  const steps = [...index.states.values()].filter((s) => s.kind === 'atomic' || s.kind === 'final').length;
  return html`<section aria-labelledby="type-${d.id}">
<h2 id="type-${d.id}">${textIn(d.title, lang)}</h2>
<p class="meta">${TEXT.version[lang]} ${d.version} · ${steps} ${TEXT.steps[lang]} · <code>${d.id}</code></p>
<p>${textIn(d.description, lang)}</p>
<p><strong>${TEXT.roles[lang]}:</strong> ${Object.values(d.roles).map((r) => textIn(r.title, lang)).join(', ')}</p>
<figure><img src="${base}/diagram?format=svg&amp;lang=${lang}" alt="${TEXT.diagramOf[lang]} ${textIn(d.title, lang)}" loading="lazy"></figure>
<nav aria-label="${TEXT.download[lang]}: ${textIn(d.title, lang)}"><span>${TEXT.download[lang]}:</span>
<a href="${base}/diagram?format=svg&amp;lang=${lang}&amp;download">SVG</a>
<a href="${base}/diagram?format=png&amp;lang=${lang}&amp;download">PNG</a>
<a href="${base}/diagram?format=mermaid&amp;lang=${lang}&amp;download">Mermaid</a>
<a href="${base}/diagram?format=dot&amp;lang=${lang}&amp;download">DOT</a>
<a href="${base}/docs?lang=${lang}">${TEXT.docs[lang]}</a>
</nav>
</section>`;
})}
</main>
</body>
</html>`;
}

/** The catalogue's stylesheet, served at /catalogus.css: the security policy allows no inline style. */
export const CATALOGUE_STYLE = `
:root { color-scheme: light; --ink: #1d2433; --muted: #4f5a6e; --line: #d5dbe5; --accent: #1f5fae; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, "DejaVu Sans", sans-serif; color: var(--ink); background: #f6f8fb; }
header { display: flex; justify-content: space-between; align-items: center; padding: 1rem 1.5rem; background: #fff; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.35rem; margin: 0; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
.intro { color: var(--muted); max-width: 48rem; }
section { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 1.25rem 1.5rem; margin: 1.5rem 0; }
h2 { margin: 0 0 .25rem; font-size: 1.2rem; }
.meta { color: var(--muted); margin: 0 0 .75rem; font-size: .9rem; }
figure { margin: 1rem 0; overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; background: #fff; }
figure img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
nav { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
a { color: var(--accent); }
nav a { padding: .3rem .7rem; border: 1px solid var(--accent); border-radius: 6px; text-decoration: none; }
nav a:hover, nav a:focus-visible { background: var(--accent); color: #fff; }
a:focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; }
`;
