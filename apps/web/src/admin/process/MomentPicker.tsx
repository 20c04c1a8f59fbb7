import { useId } from 'react';
import { ANCHORS, anchorWords, timeWords, type JsonObject, type Lang } from '@koers/engine';
import type { Bundle } from '../model/bundle';
import { dateKeys } from '../model/condition-fields';
import { readTime, switchShape, writeTime, type TimeChoice, type TimeShape } from '../model/time-spec';
import { DurationInput } from './DurationInput';
import { declaredTitle } from './transition-context';
import { timeText } from './time-texts';

const SHAPES: TimeShape[] = ['after', 'from', 'anchor'];
const SHAPE_TEXT = { after: 'shapeAfter', from: 'shapeFrom', anchor: 'shapeAnchor' } as const;

/**
 * When something happens, in one of three shapes: "na 6 maanden" (in this step), "18 maanden na het
 * startgesprek" (a recorded date or the start of the trajectory), "voor de herfstvakantie" (the school calendar,
 * optionally not before a time after a starting point). Reads every TimeSpec; the words underneath are the
 * engine's, as the diagram and the documentation say them.
 */
export function MomentPicker({ value, onChange, bundle, lang, legend }: {
  value: JsonObject; onChange: (choice: TimeChoice) => void; bundle: Bundle; lang: Lang; legend: string;
}) {
  const id = useId();
  const choice = readTime(value) ?? { shape: 'after', from: 'step' };
  const t = (key: Parameters<typeof timeText>[0]) => timeText(key, lang);
  const set = (patch: Partial<TimeChoice>) => onChange({ ...choice, ...patch });
  const dates = dateKeys(bundle.definition);
  const bases = [
    ...(choice.shape === 'anchor' ? [{ key: 'step', title: t('baseStep') }] : []),
    { key: 'start', title: t('baseStart') },
    ...dates.map((key) => ({ key, title: declaredTitle(bundle, 'dates', key, lang) })),
    // A key the picker does not know (lint names it) stays visible and chosen.
    ...(choice.from !== 'step' && choice.from !== 'start' && !dates.includes(choice.from) ? [{ key: choice.from, title: `${choice.from} (?)` }] : []),
  ];
  const baseSelect = (
    <select id={`${id}-base`} value={choice.from} onChange={(e) => set({ from: e.target.value })}>
      {bases.map((b) => <option key={b.key} value={b.key}>{b.title}</option>)}
    </select>
  );
  const anchors: string[] = [...ANCHORS];
  return (
    <fieldset className="process-field time-moment">
      <legend>{legend}</legend>
      <div className="time-moment__shapes" role="radiogroup" aria-label={t('when')}>
        {SHAPES.map((shape) => (
          <label key={shape} className="process-checklist__item">
            <input type="radio" name={`${id}-shape`} checked={choice.shape === shape}
              onChange={() => onChange(switchShape(choice, shape, anchors[0]!))} />
            <span>{t(SHAPE_TEXT[shape])}</span>
          </label>
        ))}
      </div>
      {choice.shape === 'after' && (
        <div className="time-moment__row">
          <span>{t('after')}</span>
          <DurationInput id={`${id}-after`} value={choice.after} lang={lang} label={t('after')} onChange={(after) => set({ after })} />
        </div>
      )}
      {choice.shape === 'from' && (
        <div className="time-moment__row">
          <DurationInput id={`${id}-after`} value={choice.after} lang={lang} label={t('afterDate')} placeholder={t('sameDay')}
            onChange={(after) => set({ after })} onClear={() => set({ after: undefined })} />
          <label htmlFor={`${id}-base`}>{t('base')}</label>
          {baseSelect}
        </div>
      )}
      {choice.shape === 'anchor' && (
        <>
          <div className="time-moment__row">
            <label htmlFor={`${id}-at`}>{t('anchor')}</label>
            <select id={`${id}-at`} value={choice.at} onChange={(e) => set({ at: e.target.value })}>
              {[...anchors, ...(choice.at && !anchors.includes(choice.at) ? [choice.at] : [])].map((a) => (
                <option key={a} value={a}>{anchors.includes(a) ? anchorWords(a as (typeof ANCHORS)[number])[lang] : `${a} (?)`}</option>
              ))}
            </select>
          </div>
          <div className="time-moment__row">
            <span>{t('notBefore')}</span>
            <DurationInput id={`${id}-after`} value={choice.after} lang={lang} label={t('notBefore')}
              onChange={(after) => set({ after })} onClear={() => set({ after: undefined })} />
            <label htmlFor={`${id}-base`}>{t('base')}</label>
            {baseSelect}
            {(choice.after !== undefined || choice.from !== 'step') && (
              <button type="button" className="button button--secondary tr-small" onClick={() => set({ after: undefined, from: 'step', statedStep: undefined })}>{t('clearNotBefore')}</button>
            )}
          </div>
        </>
      )}
      <p className="process-muted" aria-live="polite">{timeText('means', lang, { words: timeWords(writeTime(choice), bundle.definition.dates as Parameters<typeof timeWords>[1])[lang] })}</p>
    </fieldset>
  );
}
