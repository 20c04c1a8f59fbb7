import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/** One import as the source spells it: `typeOnly` when it leaves nothing behind at run time. */
export interface Import {
  spec: string;
  typeOnly: boolean;
}

/**
 * Every import of a TypeScript file, read with the compiler's own parser: `import`/`export … from`, side-effect
 * imports, `import()` calls and `typeof import()` types. `import { type X }` is not type-only: under
 * verbatimModuleSyntax it still loads the module.
 * @example importsOf('a.ts', "import type { A } from 'x';") // [{ spec: 'x', typeOnly: true }]
 */
export function importsOf(fileName: string, text: string): Import[] {
  const out: Import[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly === true : node.isTypeOnly;
      out.push({ spec: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) out.push({ spec: arg.text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      out.push({ spec: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS));
  return out;
}

/** The workspace packages each package or app may import (../shared/ARCHITECTURE.md, "Dependency direction"). */
export const WORKSPACE: Record<string, string[]> = {
  'packages/engine': [],
  'packages/diagram': ['engine'],
  'packages/store': ['engine'],
  'packages/server': ['engine', 'store', 'diagram'],
  'packages/runner': ['engine'],
  'packages/host': ['engine', 'store', 'server'],
  // Test helpers: imported by test folders only, never by product code (no unit lists it).
  'packages/testing': ['engine', 'store', 'server'],
  'apps/cli': ['engine', 'diagram', 'store', 'server', 'host'],
  'apps/server': ['engine', 'diagram', 'store', 'server', 'host'],
  'apps/web': ['engine', 'runner', 'diagram'],
};

/** Workspace packages a unit may import for their types alone, with `import type`: no server code reaches the browser. */
export const TYPE_ONLY: Record<string, string[]> = { 'apps/web': ['server'] };

/** A family of third-party modules a unit may be kept away from. */
interface Family {
  what: string;
  matches: (spec: string) => boolean;
}

const NODE: Family = {
  what: 'a Node built-in (file, network, process or clock access)',
  matches: (spec) => spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]!),
};
const SERVER_LIBS = /^(hono|@hono\/[^/]+|drizzle-orm|postgres|@electric-sql\/pglite|fs-ext)(\/|$)/;
const SERVER: Family = {
  what: 'a server or database library (hono, drizzle, postgres, PGlite)',
  matches: (spec) => SERVER_LIBS.test(spec),
};
const UI: Family = {
  what: 'a UI library (React, JSON Forms bindings)',
  matches: (spec) => /^(react|react-dom|@xstate\/react|@jsonforms\/(react|vanilla-renderers))(\/|$)/.test(spec),
};

const DIAGRAM_NODE: Family = {
  what: "the diagram package's Node entry (PNG through a native addon): use '@koers/diagram/browser'",
  matches: (spec) => spec === '@koers/diagram',
};

/** Third-party modules each unit may not import, with the one exception a unit has. */
export const FORBIDDEN: Record<string, { families: Family[]; except?: RegExp; types?: RegExp }> = {
  // The core computes: no I/O, no server, no screen.
  'packages/engine': { families: [NODE, SERVER, UI] },
  'packages/diagram': { families: [NODE, SERVER, UI] },
  // React pieces that talk to the API through props: no server code, no Node.
  'packages/runner': { families: [NODE, SERVER] },
  // The browser app: only Hono's typed client (`hc<AppType>`) from the server side.
  // The web's typed client: hono/client at run time, and Hono's own types (status codes) with `import type`.
  'apps/web': { families: [NODE, SERVER, DIAGRAM_NODE], except: /^hono\/client$/, types: /^hono(\/|$)/ },
};

/**
 * What is wrong with one file's imports, one sentence per import naming the file and the import.
 * @example violations('packages/engine', 'packages/engine/src/a.ts', "import fs from 'node:fs';")
 */
export function violations(unit: string, file: string, text: string): string[] {
  const bad: string[] = [];
  const allowed = WORKSPACE[unit] ?? [];
  const typeOnly = TYPE_ONLY[unit] ?? [];
  const rules = FORBIDDEN[unit];
  for (const { spec, typeOnly: isTypeOnly } of importsOf(file, text)) {
    const own = /^@koers\/([^/]+)/.exec(spec)?.[1];
    if (own !== undefined && `packages/${own}` !== unit && !allowed.includes(own)) {
      if (!typeOnly.includes(own)) bad.push(`${file} imports '${spec}': ${unit} may import ${list(allowed)}`);
      else if (!isTypeOnly) bad.push(`${file} imports '${spec}' at run time: ${unit} may import it only with 'import type'`);
    }
    if (spec.startsWith('.') && !join(dirname(file), spec).startsWith(`${unit}/`)) {
      bad.push(`${file} imports '${spec}', outside ${unit}: import another package by its name, never its files`);
    }
    const family = rules?.families.find((f) => f.matches(spec));
    const typesOnly = isTypeOnly && rules?.types?.test(spec) === true;
    if (family && !typesOnly && !rules!.except?.test(spec)) bad.push(`${file} imports '${spec}': ${unit} may not import ${family.what}`);
  }
  return bad;
}

function list(names: string[]): string {
  return names.length === 0 ? 'no other workspace package' : `only ${names.map((n) => `@koers/${n}`).join(', ')}`;
}
