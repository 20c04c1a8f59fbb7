import type { Problem } from '@koers/engine';
import { type ParsedArgs, flag } from './args';
import { CliError } from './load';
import { openStore } from './open-store';
import { databaseOf } from './commands/verify';

/** A type bundle as POST /api/types takes it and GET /api/types/:id serves it. */
export interface Bundle {
  definition: unknown;
  forms: unknown[];
}

/** What a write did: done (with a line to print), or refused with problems located in the bundle (`definition`, `forms/<i>`). */
export type Written = { ok: true; line: string } | { ok: false; problems: Problem[] } | { ok: false; message: string };

/** Where `koers export` and `koers import` read and write types: a running server, or a database directly. */
export interface TypeTarget {
  read(typeId: string, version?: number): Promise<Bundle>;
  publish(bundle: Bundle, note?: string): Promise<Written>;
  draft(bundle: Bundle, replace: boolean): Promise<Written>;
  close(): Promise<void>;
}

/** `--server URL [--token T]`, else `--data-dir` / `--database-url` (else DATABASE_URL, else ./data). */
export async function typeTarget(args: ParsedArgs, command: string): Promise<TypeTarget> {
  const server = flag(args, 'server');
  if (server !== undefined) {
    if (flag(args, 'data-dir') !== undefined || flag(args, 'database-url') !== undefined) {
      throw new CliError(`koers ${command}: kies --server of een database, niet beide / choose --server or a database, not both`, 2);
    }
    return serverTarget(server, flag(args, 'token') ?? process.env.KOERS_TOKEN, command);
  }
  return storeTarget(command, databaseOf(args));
}

const problemsOf = (body: unknown): Problem[] | undefined => {
  const fields = (body as { error?: { fieldErrors?: Array<{ file?: string; pointer?: string; path: string; code?: string; message: Problem['message'] }> } })?.error?.fieldErrors;
  return fields?.map((f) => ({ file: f.file ?? '', pointer: f.file ? f.pointer ?? '' : f.path, code: f.code ?? 'invalid', message: f.message }));
};

/** The API of a running Koers server, as the browser uses it, with an API token for writes. */
function serverTarget(base: string, token: string | undefined, command: string): TypeTarget {
  let root: URL;
  try {
    root = new URL(base.endsWith('/') ? base : `${base}/`);
  } catch {
    throw new CliError(`koers ${command}: --server "${base}" is geen adres / is not a URL`, 2);
  }
  const call = async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(new URL(path, root), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (error) {
      throw new CliError(`koers ${command}: ${root.origin} antwoordt niet / does not answer (${error instanceof Error ? error.message : String(error)})`, 2);
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, json };
  };
  const refused = (status: number, json: unknown): Written => {
    const problems = problemsOf(json);
    if (problems && problems.length > 0) return { ok: false, problems };
    const message = (json as { error?: { message?: { nl: string; en: string } } })?.error?.message;
    return { ok: false, message: `${status}: ${message ? `${message.nl} / ${message.en}` : 'onverwacht antwoord / unexpected answer'}` };
  };
  return {
    async read(typeId, version) {
      const { status, json } = await call('GET', `api/types/${encodeURIComponent(typeId)}${version === undefined ? '' : `?version=${version}`}`);
      if (status !== 200) throw new CliError(`koers ${command}: ${(refused(status, json) as { message: string }).message}`);
      return json as Bundle;
    },
    async publish(bundle, note) {
      const { status, json } = await call('POST', 'api/types', { ...bundle, ...(note ? { note } : {}) });
      if (status !== 201) return refused(status, json);
      const v = json as { id: string; version: number };
      return { ok: true, line: `gepubliceerd / published: ${v.id} v${v.version}` };
    },
    async draft(bundle, replace) {
      const { status, json } = await call('POST', `api/type-drafts/import${replace ? '?replace=true' : ''}`, bundle);
      if (status !== 201) return refused(status, json);
      const d = json as { typeId: string; revision: number };
      return { ok: true, line: `concept / draft: ${d.typeId} (revisie / revision ${d.revision})` };
    },
    close: async () => {},
  };
}

/** The database itself, through the same registry (lint, publish) the server uses. */
async function storeTarget(command: string, where: { url: string } | { dataDir: string }): Promise<TypeTarget> {
  const [{ createRegistry, bundleForms, importDraft, isApiError, Unprocessable }, store] = await Promise.all([import('@koers/server'), openStore(command, where)]);
  const registry = createRegistry(store, { now: () => new Date() });
  return {
    async read(typeId, version) {
      const def = await registry.get(typeId, version).catch(() => {
        throw new CliError(`koers ${command}: trajectsoort "${typeId}"${version === undefined ? '' : ` versie ${version}`} bestaat niet / does not exist`);
      });
      return { definition: def.definition, forms: bundleForms(def).map((f) => f.definition) };
    },
    async publish(bundle, note) {
      const outcome = await registry.publish({ ...bundle, ...(note ? { note } : {}) }, null);
      if (outcome.kind === 'invalid') return { ok: false, problems: outcome.problems };
      if (outcome.kind === 'exists') return { ok: false, message: `${outcome.typeId} v${outcome.version} is al gepubliceerd en verandert niet meer / is already published and never changes` };
      const d = outcome.definition.definition;
      await store.audit.append({ at: new Date(), actorId: null, action: 'type.publish', detail: { typeId: d.id, version: d.version, ...(note ? { note } : {}), via: 'cli' } });
      return { ok: true, line: `gepubliceerd / published: ${d.id} v${d.version}` };
    },
    async draft(bundle, replace) {
      try {
        const draft = await importDraft({ store, registry, clock: { now: () => new Date() } }, { userId: null, name: 'koers import' }, bundle, replace);
        return { ok: true, line: `concept / draft: ${draft.typeId} (revisie / revision ${draft.revision})` };
      } catch (error) {
        if (!isApiError(error)) throw error;
        const problems = error instanceof Unprocessable ? problemsOf({ error }) : undefined;
        return problems && problems.length > 0 ? { ok: false, problems } : { ok: false, message: `${error.messageText.nl} / ${error.messageText.en}` };
      }
    },
    close: () => store.close(),
  };
}
