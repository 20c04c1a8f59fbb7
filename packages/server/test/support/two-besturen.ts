import type { Store } from '@koers/store';

/** Bestuur Rivierland with schools A (De Esch) and B (Het Kompas), bestuur Polderwijs with school C (De Horizon). */
export async function twoBesturen(store: Store) {
  const rivierland = await store.organisations.create({ kind: 'bestuur', name: 'Stichting Rivierland' });
  const polderwijs = await store.organisations.create({ kind: 'bestuur', name: 'Stichting Polderwijs' });
  const schools = {
    A: await store.organisations.create({ kind: 'school', name: 'De Esch', parentId: rivierland.id }),
    B: await store.organisations.create({ kind: 'school', name: 'Het Kompas', parentId: rivierland.id }),
    C: await store.organisations.create({ kind: 'school', name: 'De Horizon', parentId: polderwijs.id }),
  };
  return { rivierland, polderwijs, schools };
}
