import { CliError } from './load';

export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | true>;
}

/** `--name value`, `--name=value` and bare `--flag`; everything else is positional. */
export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const body = arg.slice(2);
    const eq = body.indexOf('=');
    if (eq >= 0) flags[body.slice(0, eq)] = body.slice(eq + 1);
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) flags[body] = argv[++i]!;
    else flags[body] = true;
  }
  return { positional, flags };
}

/** A string flag, or undefined; a bare `--flag` where a value is needed is an error. */
export function flag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags[name];
  if (value === true) throw new CliError(`--${name} heeft een waarde nodig / needs a value`, 2);
  return value;
}

export function langFlag(args: ParsedArgs): 'nl' | 'en' {
  const lang = flag(args, 'lang') ?? 'nl';
  if (lang !== 'nl' && lang !== 'en') throw new CliError(`--lang moet nl of en zijn / must be nl or en (niet "${lang}")`, 2);
  return lang;
}

/** The one workflow file argument of a command. */
export function workflowArg(args: ParsedArgs, command: string): string {
  const file = args.positional[0];
  if (!file || args.positional.length > 1) {
    throw new CliError(`koers ${command}: geef precies één workflow-bestand / give exactly one workflow file`, 2);
  }
  return file;
}
