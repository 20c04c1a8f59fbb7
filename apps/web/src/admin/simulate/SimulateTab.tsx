import { useMemo } from 'react';
import type { EditorProps } from '../model/bundle';
import { lintBundle } from '../model/lint';
import { NotClean } from './NotClean';
import { Simulator } from './Simulator';
import { simText } from './texts';
import './simulate.css';

/**
 * "Proberen": the draft run in the browser without writing anything, on the engine's compiled type
 * (`lintBundle(bundle).compiled`), which exists only while the draft is lint-clean.
 */
export default function SimulateTab({ bundle, onSelect, lang }: EditorProps) {
  // lintBundle checks a bundle object once: coming back to the tab with the same draft finds the very same
  // compiled type, so the kept simulation resumes without being played again.
  const { compiled, problems } = useMemo(() => lintBundle(bundle), [bundle]);
  return (
    <section className="sim-tab" aria-labelledby="sim-tab-title">
      <h2 id="sim-tab-title">{simText('heading', lang)}</h2>
      <p className="sim-tab__intro">{simText('intro', lang)}</p>
      {compiled ? <Simulator bundle={bundle} compiled={compiled} onSelect={onSelect} lang={lang} />
        : <NotClean problems={problems} lang={lang} />}
    </section>
  );
}
