import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { SourceFile } from '@koers/engine';

/** Expands files and folders into .json files, sorted, as paths relative to the working directory. */
export function expandJsonFiles(args: string[], cwd = process.cwd()): string[] {
  const out = new Set<string>();
  const visit = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (entry === 'node_modules' || entry.startsWith('.')) continue;
        const child = join(path, entry);
        if (statSync(child).isDirectory() || entry.endsWith('.json')) visit(child);
      }
    } else out.add(relative(cwd, resolve(path)) || path);
  };
  for (const arg of args) visit(arg);
  return [...out];
}

export function readSources(files: string[]): SourceFile[] {
  return files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

/** The forms that belong with a workflow file: the `forms/` folder beside its `workflows/` folder. */
export function formsBeside(workflowFile: string): string[] {
  const candidates = [join(dirname(workflowFile), '..', 'forms'), join(dirname(workflowFile), 'forms'), 'forms'];
  for (const dir of candidates) {
    try {
      if (statSync(dir).isDirectory()) return expandJsonFiles([dir]);
    } catch {
      // not there: try the next place
    }
  }
  return [];
}
