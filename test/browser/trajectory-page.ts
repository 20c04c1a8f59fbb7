import type { Locator, Page } from 'playwright-core';

/**
 * Unfolds the history of the trajectory page on screen (folded by default) and returns its region once the
 * timeline is there. Opening an open history again leaves it open. `name` is the region's name in the page's language.
 */
export async function openHistory(page: Page, name = 'Geschiedenis'): Promise<Locator> {
  const history = page.getByRole('region', { name });
  const fold = history.locator('details.trajectory__history-fold');
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
  // The timeline's entries, not only its frame: the caller reads them next.
  await history.locator('.kr-history__entry, .kr-history__empty').first().waitFor();
  return history;
}
