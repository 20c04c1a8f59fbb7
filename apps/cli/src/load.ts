import { type CompiledDefinition, type Problem, loadBundle } from '@koers/engine';
import { expandJsonFiles, formsBeside, readSources } from './files';

export class CliError extends Error {}

/** Loads one workflow with the forms beside it; throws a CliError listing problems. */
export function loadWorkflow(file: string): CompiledDefinition {
  const files = [...new Set([...formsBeside(file), ...expandJsonFiles([file])])];
  const bundle = loadBundle(readSources(files));
  const relevant = bundle.problems.filter((p) => p.file === file || bundle.definitions.length === 0);
  const definition = bundle.definitions.find((d) => d.file === expandJsonFiles([file])[0]);
  if (!definition) throw new CliError(formatProblems(relevant.length > 0 ? relevant : bundle.problems).join('\n'));
  return definition;
}

/** `file:pointer: message`, the line format editors and CI understand. */
export function formatProblems(problems: Problem[], lang: 'nl' | 'en' = 'nl'): string[] {
  return problems.map((p) => `${p.file}:${p.pointer || '/'}: ${p.message[lang]} [${p.code}]`);
}
