import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './app';

/** One request as a given cookie, with optional extra headers. */
export function call(
  t: TestApp,
  method: string,
  url: string,
  opts: { cookie?: string; payload?: unknown; headers?: Record<string, string> } = {},
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: method as 'GET',
    url,
    payload: opts.payload as object,
    headers: { ...(opts.cookie ? { cookie: opts.cookie } : {}), ...(opts.headers ?? {}) },
  });
}

/** The id of the demo unit with this name. */
export async function orgIdByName(t: TestApp, name: string): Promise<string> {
  const r = await t.db.one<{ id: string }>('SELECT id FROM orgs WHERE name = $1', [name]);
  if (!r) throw new Error(`no unit ${name}`);
  return r.id;
}
