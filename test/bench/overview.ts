// `npx tsx test/bench/overview.ts [postgres-url]`: the coach overview over 100,000 trajectories of one type on
// PostgreSQL (issue 15, item 4), half of them past their due time, each with a ~2 KB snapshot as real rows carry.
// Medians of 20, in one run: the step counts over every school (type_counts + step_dues), the same counts scoped to
// the one school that holds them all (counted from the trajectories themselves, as every scope was before), and the
// whole request GET /api/overview/diagram (the diagram with the counts on it) through the app in this process: server
// time without the network; and GET /api/overview, whose schools come a page (1,000) at a time. Makes and drops
// its own database; prints figures.
import { sql } from 'drizzle-orm';
import { createStore } from '@koers/store';
import { definition, form } from './loop-type';
import { benchDatabase, medianMs, signedInBenchApp } from './setup';

const N = Number(process.env.BENCH_TRAJECTORIES ?? 100_000);
const database = await benchDatabase('overview');

try {
  const store = await createStore({ url: database.url, max: 4 });
  const { app, school, headers, call } = await signedInBenchApp(store, 'Overzichtschool', 'overzicht@bench.nl');
  const published = await call('/api/types', { definition, forms: [form] });
  if (published.status !== 201) throw new Error(`publish: ${published.status} ${await published.text()}`);
  // Copies of a real trajectory's snapshot, each with a ~2 KB note: one in six finished, the others in the step, due
  // from 30 days ago to 29 days ahead (half overdue).
  const started = await call('/api/trajectories', { typeId: 'bench-lus', schoolId: school.id });
  if (started.status !== 201) throw new Error(`start: ${started.status} ${await started.text()}`);
  const { id } = (await started.json()) as { id: string };
  await store.connection.db.execute(sql`delete from trajectories where id <> ${id}::uuid`);
  await store.connection.db.execute(sql`
    insert into trajectories (type_id, type_version, school_id, status, steps, steps_due_at, waiting_roles, snapshot, version, entered_at, due_at, last_activity_at)
    select 'bench-lus', 1, ${school.id}::uuid, case when g % 6 = 0 then 'done' else 'active' end,
      array[case when g % 6 = 0 then 'klaar' else 'voortgang' end],
      array[case when g % 6 = 0 then null else now() + ((g % 60) - 30) * interval '1 day' + g * interval '1 second' end],
      array['ib'], case when g % 6 = 0
        then jsonb_set(jsonb_set(jsonb_set(t.snapshot, '{status}', '"done"'), '{value}', '"klaar"'), '{context,notitie}', to_jsonb(repeat(md5(g::text), 64)))
        else jsonb_set(t.snapshot, '{context,notitie}', to_jsonb(repeat(md5(g::text), 64))) end, 1, now(),
      case when g % 6 = 0 then null else now() + ((g % 60) - 30) * interval '1 day' + g * interval '1 second' end, now()
    from generate_series(1, ${N}) g, (select snapshot from trajectories where id = ${id}::uuid) t`);
  await store.connection.db.execute(sql`delete from trajectories where id = ${id}::uuid`);
  // Autovacuum keeps the visibility maps set on a live server (migration 0010 tunes it for step_dues); here at once.
  for (const table of ['trajectories', 'step_dues', 'type_counts']) await store.connection.db.execute(sql.raw(`vacuum analyze ${table}`));

  const everywhere = await medianMs(() => store.overview.counts({ typeId: 'bench-lus', scope: { all: true } }, new Date()));
  const fromRows = await medianMs(() => store.overview.counts({ typeId: 'bench-lus', scope: { organisationIds: [school.id] } }, new Date()));
  const get = (path: string) => app.request(path, { headers });
  const diagram = await medianMs(async () => {
    const res = await get('/api/overview/diagram?typeId=bench-lus&format=mermaid');
    if (res.status !== 200) throw new Error(`diagram: ${res.status}`);
    return res.text();
  });
  let bytes = 0;
  const page = await medianMs(async () => {
    const res = await get('/api/overview?typeId=bench-lus');
    if (res.status !== 200) throw new Error(`GET /api/overview: ${res.status}`);
    bytes = (await res.arrayBuffer()).byteLength;
  });
  console.log(`overzicht / overview, ${N.toLocaleString('en')} trajecten / trajectories (helft te laat / half overdue), mediaan van 20 / median of 20:`);
  console.log(`  tellingen per stap, alle scholen / step counts, every school (type_counts + step_dues): ${everywhere.toFixed(1)} ms`);
  console.log(`  dezelfde tellingen uit de trajecten zelf / the same counted from the rows (one school's scope): ${fromRows.toFixed(1)} ms (${(fromRows / everywhere).toFixed(1)}x)`);
  console.log(`  GET /api/overview/diagram (mermaid, met aantallen / with counts), servertijd / server time: ${diagram.toFixed(1)} ms`);
  console.log(`  GET /api/overview, eerste pagina van 1.000 scholen / first page of 1,000 schools, servertijd / server time: ${page.toFixed(0)} ms, ${(bytes / 1e6).toFixed(1)} MB`);
  await store.close();
} finally {
  await database.drop();
}
