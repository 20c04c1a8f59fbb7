import { existsSync } from 'node:fs';
import { type CompiledDefinition, type Problem, loadBundle } from '@koers/engine';
import { expandJsonFiles, formsBeside, readSources } from './files';

/** A failure the user caused: printed as is, with an exit code (1 = invalid input, 2 = wrong usage). */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'CliError';
  }
}

/** Loads one workflow with the forms beside it; throws a CliError listing problems. */
export function loadWorkflow(file: string): CompiledDefinition {
  if (!existsSync(file)) throw new CliError(`${file}: bestand bestaat niet / file does not exist`);
  const [self] = expandJsonFiles([file]);
  const files = [...new Set([...formsBeside(file), self!])];
  const bundle = loadBundle(readSources(files));
  const definition = bundle.definitions.find((d) => d.file === self);
  if (!definition) {
    const own = bundle.problems.filter((p) => p.file === self);
    throw new CliError(formatProblems(own.length > 0 ? own : bundle.problems).join('\n'));
  }
  return definition;
}

/** `file:pointer: message`, the line format editors and CI understand. */
export function formatProblems(problems: Problem[], lang: 'nl' | 'en' = 'nl'): string[] {
  return problems.map((p) => `${p.file}:${p.pointer || '/'}: ${p.message[lang]} [${p.code}]`);
}
