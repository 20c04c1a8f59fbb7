import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '@koers/store';
import { verifyStore } from '@koers/server';
import { ROOT } from '@koers/testing';
import { DEMO_TEMPLATE_HOURS, cachedDemoTemplate, hasDemoAccounts, loadCatalogue, makeDemoTemplate } from '../src';

const cache = mkdtempSync(join(tmpdir(), 'koers-demo-template-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));
const MADE = new Date('2026-12-04T08:00:00.000Z');
const HOUR = 3_600_000;

describe('the demo made ahead (koers prepare)', () => {
  beforeAll(async () => {
    expect(await makeDemoTemplate(ROOT, cache, loadCatalogue(ROOT), MADE)).toBe(join(cache, 'koers-demo.tar'));
  }, 120_000);

  it('is used for a new data folder only while it is recent and made from the sources there now', () => {
    expect(cachedDemoTemplate(ROOT, cache, new Date(MADE.getTime() + HOUR))?.seededAt).toBe(MADE.toISOString());
    expect(cachedDemoTemplate(ROOT, cache, new Date(MADE.getTime() + DEMO_TEMPLATE_HOURS * HOUR))).toBeUndefined();
    // A clock before the moment it was made (another machine's, a wrong one) does not make an old demo new.
    expect(cachedDemoTemplate(ROOT, cache, new Date(MADE.getTime() - HOUR))).toBeUndefined();
    const about = join(cache, 'koers-demo.json');
    const made = readFileSync(about, 'utf8');
    try {
      writeFileSync(about, JSON.stringify({ ...JSON.parse(made), key: '0000000000000000' }));
      expect(cachedDemoTemplate(ROOT, cache, new Date(MADE.getTime() + HOUR))).toBeUndefined();
      writeFileSync(about, 'geen json');
      expect(cachedDemoTemplate(ROOT, cache, new Date(MADE.getTime() + HOUR))).toBeUndefined();
    } finally {
      writeFileSync(about, made);
    }
    expect(cachedDemoTemplate(ROOT, join(cache, 'leeg'), MADE)).toBeUndefined();
  });

  it('starts a new database with the whole demo, consistent: every trajectory replays, the overview counts agree', async () => {
    const demo = cachedDemoTemplate(ROOT, cache, new Date(MADE.getTime() + HOUR))!;
    const store = await createStore({ dataDir: join(cache, 'data'), loadDataDir: demo.dump });
    try {
      expect(await hasDemoAccounts(store)).toBe(true);
      const summary = await verifyStore(store);
      expect(summary.checked).toBeGreaterThanOrEqual(8);
      expect(summary).toMatchObject({ findings: [], derived: [] });
    } finally {
      await store.close();
    }
  }, 60_000);

  it('is not made without the types the demo uses', async () => {
    expect(await makeDemoTemplate(ROOT, join(cache, 'zonder'), { definitions: [], forms: new Map() }, MADE)).toBeUndefined();
  });
});
