import type { Problem } from '@koers/engine';
import { Unprocessable } from './errors';

/** A problem in an uploaded bundle, located in the request body (`/definition/...`, `/forms/2/...`). */
export function bodyProblem(problem: Problem) {
  return { path: `/${problem.file}${problem.pointer}`, file: problem.file, pointer: problem.pointer, code: problem.code, message: problem.message };
}

/** The 422 for a bundle the engine refuses: every problem with its place, the first as the error's path. */
export function invalidBundle(found: readonly Problem[]): Unprocessable {
  const problems = found.map(bodyProblem);
  const n = problems.length;
  return new Unprocessable({
    nl: `De trajectsoort klopt niet (${n} ${n === 1 ? 'probleem' : 'problemen'}).`,
    en: `The trajectory type is not valid (${n} ${n === 1 ? 'problem' : 'problems'}).`,
  }, problems, problems[0]?.path ?? '');
}
