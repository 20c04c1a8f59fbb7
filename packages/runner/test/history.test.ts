import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { History, type HistoryEntry } from '../src/progress/History';

const timerEntry: HistoryEntry = {
  seq: 2,
  label: { nl: 'Half jaar verstreken', en: 'Six months passed' },
  at: '2026-12-04T23:12:34.000Z',
  actor: { id: 'system', name: 'Systeem / System', system: true },
  roles: [],
  to: [{ path: 'evaluatie', title: { nl: 'Evaluatie', en: 'Evaluation' } }],
};

describe('History', () => {
  it('names the system that sent a timer in the reader\'s language only', () => {
    const nl = renderToStaticMarkup(createElement(History, { entries: [timerEntry], lang: 'nl' }));
    expect(nl).toContain('door Systeem<');
    expect(nl).not.toContain('System<');
    const en = renderToStaticMarkup(createElement(History, { entries: [timerEntry], lang: 'en' }));
    expect(en).toContain('by System<');
  });

  it('names a person by their name', () => {
    const html = renderToStaticMarkup(createElement(History, { entries: [{ ...timerEntry, actor: { id: 'u1', name: 'Ahmed Yilmaz' } }], lang: 'nl' }));
    expect(html).toContain('door Ahmed Yilmaz<');
  });
});
