/**
 * `@koers/engine/lint`: the engine's checking side (loading a bundle from its files, linting a definition and its
 * forms against the format schemas). The runtime (`@koers/engine`'s machine, forms, expressions, time) never imports
 * these modules (test/entry-points.test.ts), so a page that only runs trajectories, such as the participant's pages
 * in the browser, carries none of the linter. The main entry re-exports them too, for Node callers.
 */
export { loadBundle, loadBundleOrThrow, loadDefinition, type SourceFile, type LoadedBundle, type LoadOptions } from './load/bundle';
export { checkBundle, sketchBundle, DEFINITION_FILE, formFile } from './load/check-bundle';
export { createFormCache, type FormCache, type CheckedForm } from './load/form-cache';
