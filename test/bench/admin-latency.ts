// `npx tsx test/bench/admin-latency.ts`: how quickly the admin editor answers a keystroke (issue 11). With the PD type
// open in the editor (#/beheer/soorten/pd-schoolontwikkeling, step "planning" selected), one letter is typed into
// the step's Dutch title, ~30 times; per keystroke it measures, from the input event's time stamp, until
//   - the live diagram's SVG has a text element reading the new title (the new drawing is in the page), and
//   - the problems counter has been busy with the new bundle and is done (its lint result is in the page),
// and prints median and p95 of each and of both. Prints figures only (no pass/fail); the machine is shared.
import { startDemoApp, submitSignIn } from '../browser/app';
import { CHROMIUM } from '../browser/harness';

const PD = 'pd-schoolontwikkeling';
const STEP = 'planning';
const KEYSTROKES = 30;
/** The title is set back to BASE every RUN keystrokes, so it stays on one line of the diagram (no wrapping). */
const BASE = 'Stap';
const RUN = 10;
const LETTERS = 'qwertyuiopasdfghjklzxcvbnm';

/**
 * In the page: `window.__armKeystroke(title)` starts watching for the next input event; `window.__keystroke` then
 * resolves with the times (ms after that event) at which the diagram showed `title` and the lint of the new bundle
 * finished.
 * A string, not a function: tsx would add `__name` helpers that do not exist in the page.
 */
const WATCHER = `(() => {
  window.__armKeystroke = (title) => { window.__keystroke = new Promise((resolve, reject) => {
    let start; let diagram; let lint; let busySeen = false;
    const box = document.querySelector('.live-diagram__box');
    const counter = document.querySelector('button.problem-count');
    if (!box || !counter) return reject(new Error('no diagram box or problems counter on the page'));
    const drawn = () => [...box.querySelectorAll('svg text')].some((t) => (t.textContent || '').trim() === title);
    const finish = () => {
      if (start === undefined || diagram === undefined || lint === undefined) return;
      observers.forEach((o) => o.disconnect());
      clearTimeout(timer);
      resolve({ diagram: diagram - start, lint: lint - start });
    };
    const observers = [
      new MutationObserver(() => { if (start !== undefined && diagram === undefined && drawn()) { diagram = performance.now(); finish(); } }),
      new MutationObserver(() => {
        if (start === undefined) return;
        const busy = counter.getAttribute('aria-busy') === 'true';
        if (busy) busySeen = true;
        else if (busySeen && lint === undefined) { lint = performance.now(); finish(); }
      }),
    ];
    observers[0].observe(box, { childList: true, subtree: true, characterData: true });
    observers[1].observe(counter, { attributes: true, attributeFilter: ['aria-busy'] });
    window.addEventListener('input', (event) => { start = event.timeStamp; }, { capture: true, once: true });
    const timer = setTimeout(() => { observers.forEach((o) => o.disconnect()); reject(new Error('no answer within 15 s: diagram ' + diagram + ', lint ' + lint)); }, 15000);
  }); };
})();`;

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const quantile = (xs: number[], q: number) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!;
const line = (name: string, xs: number[]) =>
  `admin: ${name.padEnd(34)} median ${quantile(xs, 0.5).toFixed(0)} ms, p95 ${quantile(xs, 0.95).toFixed(0)} ms (min ${sorted(xs)[0]!.toFixed(0)}, max ${sorted(xs).at(-1)!.toFixed(0)})`;

const app = await startDemoApp('admin-latency');
try {
  const { page, url } = app;
  page.setDefaultTimeout(30_000);
  await page.goto(`${url}#/inloggen`);
  await submitSignIn(page, 'beheer@koers.example');
  await page.goto(`${url}#/beheer/soorten/${PD}?stap=${STEP}`);
  const makeDraft = page.getByRole('button', { name: 'Concept maken van de nieuwste versie' });
  const panel = page.locator('.process__panel');
  await Promise.race([makeDraft.waitFor(), panel.waitFor()]);
  if (await makeDraft.isVisible()) await makeDraft.click();
  const title = panel.locator('fieldset', { has: page.locator('legend', { hasText: /^Titel$/ }) }).first().locator('input[lang="nl"]');
  await title.waitFor();
  await page.locator('.live-diagram__box svg').waitFor();
  await page.evaluate(WATCHER);

  type Watching = { __armKeystroke: (title: string) => void; __keystroke: Promise<{ diagram: number; lint: number }> };
  const arm = (text: string) => page.evaluate((t) => (window as unknown as Watching).__armKeystroke(t), text);
  const answer = () => page.evaluate(() => (window as unknown as Watching).__keystroke);
  const diagram: number[] = [];
  const lint: number[] = [];
  const both: number[] = [];
  let typed = '';
  for (let i = 0; i < KEYSTROKES; i++) {
    if (i % RUN === 0) {
      // A fresh short title (not measured): select the field's text and type the base over it, then let it settle.
      await title.fill(BASE);
      await page.locator('.live-diagram__box svg text', { hasText: new RegExp(`^\\s*${BASE}\\s*$`) }).first().waitFor();
      await page.locator('button.problem-count[aria-busy="false"]').waitFor();
      typed = BASE;
    }
    typed += LETTERS[i % LETTERS.length];
    await arm(typed);
    await title.press(typed.at(-1)!);
    const { diagram: d, lint: l } = await answer();
    diagram.push(d);
    lint.push(l);
    both.push(Math.max(d, l));
  }
  console.log(line('keystroke -> new diagram in the page', diagram));
  console.log(line('keystroke -> lint result in the page', lint));
  console.log(line('keystroke -> both', both));
  console.log(`admin: (${KEYSTROKES} keystrokes in step "${STEP}" of ${PD}; headless ${CHROMIUM}, real server on localhost, no throttling)`);
} finally {
  await app.close();
}
