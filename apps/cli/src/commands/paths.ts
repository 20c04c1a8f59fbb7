import { simplePaths, t } from '@koers/engine';
import { type ParsedArgs, langFlag, workflowArg } from '../args';
import { loadWorkflow } from '../load';
import type { Io } from '../main';

/** `koers paths <workflow>`: every simple path through the trajectory type, as a table (or JSON). */
export function pathsCommand(args: ParsedArgs, io: Io): number {
  const lang = langFlag(args);
  const def = loadWorkflow(workflowArg(args, 'paths'));
  const paths = simplePaths(def);
  if (args.flags.json === true) {
    io.out(JSON.stringify(paths, null, 2));
    return 0;
  }
  const title = (path: string) => t(def.index.states.get(path)?.config.meta?.title, lang) || path;
  const head = lang === 'nl' ? ['#', 'stappen', 'acties', 'einde'] : ['#', 'steps', 'events', 'end'];
  io.out(`| ${head.join(' | ')} |`);
  io.out(`| ${head.map(() => '---').join(' | ')} |`);
  paths.forEach((path, i) => {
    const visited = [path.steps[0]?.from ?? path.end, ...path.steps.map((s) => s.to)].map((here) => here.map(title).join(' + '));
    const events = path.steps.map((s) => t(s.label, lang)).join(' → ');
    const end = path.done ? (lang === 'nl' ? 'afgerond' : 'finished') : (lang === 'nl' ? 'vast' : 'stuck');
    io.out(`| ${i + 1} | ${visited.join(' → ')} | ${events} | ${end} |`);
  });
  io.out(`\n${paths.length} ${lang === 'nl' ? 'paden' : 'paths'}`);
  return 0;
}
