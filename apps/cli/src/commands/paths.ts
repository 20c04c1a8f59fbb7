import { simplePaths, textIn } from '@koers/engine';
import { type ParsedArgs, langFlag, workflowArg } from '../args';
import { loadWorkflow } from '../load';
import type { Io } from '../main';

/**
 * `koers paths <workflow>`: every simple path through the trajectory type, as a table (or JSON), then the counts.
 * The tracks of a parallel step are walked one after another, so their orderings are not listed (see simplePaths).
 */
export function pathsCommand(args: ParsedArgs, io: Io): number {
  const lang = langFlag(args);
  const def = loadWorkflow(workflowArg(args, 'paths'));
  const paths = simplePaths(def);
  if (args.flags.json === true) {
    io.out(JSON.stringify(paths, null, 2));
    return paths.some((p) => !p.done) ? 1 : 0;
  }
  const title = (path: string) => textIn(def.index.states.get(path)?.config.meta?.title, lang) || path;
  const head = lang === 'nl' ? ['#', 'stappen', 'acties', 'einde'] : ['#', 'steps', 'events', 'end'];
  io.out(`| ${head.join(' | ')} |`);
  io.out(`| ${head.map(() => '---').join(' | ')} |`);
  paths.forEach((path, i) => {
    const visited = [path.steps[0]?.from ?? path.end, ...path.steps.map((s) => s.to)].map((here) => here.map(title).join(' + '));
    const events = path.steps.map((s) => textIn(s.label, lang)).join(' → ');
    const end = path.done ? (lang === 'nl' ? 'afgerond' : 'finished') : (lang === 'nl' ? 'vast' : 'stuck');
    io.out(`| ${i + 1} | ${visited.join(' → ')} | ${events} | ${end} |`);
  });
  const stuck = paths.filter((p) => !p.done);
  const finished = paths.length - stuck.length;
  io.out(lang === 'nl'
    ? `\n${paths.length} paden (${finished} afgerond, ${stuck.length} vast)`
    : `\n${paths.length} paths (${finished} finished, ${stuck.length} stuck)`);
  for (const path of stuck) {
    const where = path.end.map(title).join(' + ');
    const why = (path.blocked ?? []).map((b) => `${textIn(b.label, lang)}: ${b.reason}${b.fields ? ` (${b.fields.join(', ')})` : ''}`);
    io.err(lang === 'nl'
      ? `vast in "${where}": ${why.length > 0 ? why.join('; ') : 'geen enkele actie mogelijk'}`
      : `stuck in "${where}": ${why.length > 0 ? why.join('; ') : 'no action possible'}`);
  }
  // A stuck path is a definition error an author must see, also in CI.
  return stuck.length > 0 ? 1 : 0;
}
