import { useMemo } from 'react';
import type { Bundle, EditorProps } from '../model/bundle';
import { type BundleCheck, lintBundle } from '../model/lint';
import { NotClean } from './NotClean';
import { Simulator } from './Simulator';
import { simText } from './texts';
import './simulate.css';

// Coming back to the tab with the same draft finds its compiled type here: no second compile, and the kept
// simulation sees the very same type, so it resumes without being played again.
const checked = new WeakMap<Bundle, BundleCheck>();
const checkOnce = (bundle: Bundle): BundleCheck => {
  let check = checked.get(bundle);
  if (!check) checked.set(bundle, (check = lintBundle(bundle)));
  return check;
};

/**
 * "Proberen": the draft run in the browser without writing anything, on the engine's compiled type
 * (`lintBundle(bundle).compiled`), which exists only while the draft is lint-clean.
 */
export default function SimulateTab({ bundle, onSelect, lang }: EditorProps) {
  const { compiled, problems } = useMemo(() => checkOnce(bundle), [bundle]);
  return (
    <section className="sim-tab" aria-labelledby="sim-tab-title">
      <h2 id="sim-tab-title">{simText('heading', lang)}</h2>
      <p className="sim-tab__intro">{simText('intro', lang)}</p>
      {compiled ? <Simulator bundle={bundle} compiled={compiled} onSelect={onSelect} lang={lang} />
        : <NotClean bundle={bundle} problems={problems} onSelect={onSelect} lang={lang} />}
    </section>
  );
}
