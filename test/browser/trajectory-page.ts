import type { Locator, Page } from 'playwright-core';

/**
 * Unfolds the history of the trajectory page on screen (folded by default) and returns its region once the
 * timeline is there. Opening an open history again leaves it open.
 */
export async function openHistory(page: Page): Promise<Locator> {
  const history = page.getByRole('region', { name: 'Geschiedenis' });
  const fold = history.locator('details.trajectory__history-fold');
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
  await history.locator('.kr-history, .kr-history__empty').first().waitFor();
  return history;
}
