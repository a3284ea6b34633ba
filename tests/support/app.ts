import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { buildApp } from '../../src/server/app';
import { loadDemo, DEMO_PASSWORD } from '../../src/server/demo/index';
import type { Db } from '../../src/server/db/index';
import type { TrustProxy } from '../../src/server/config';
import { freshDb, type DbKind } from './db';

export type TestApp = { app: FastifyInstance; db: Db; close: () => Promise<void> };

export async function testApp(kind: DbKind, opts: { demo?: boolean; trustProxy?: TrustProxy } = {}): Promise<TestApp> {
  const db = await freshDb(kind);
  if (opts.demo) await loadDemo(db);
  const app = await buildApp({ db, ...(opts.trustProxy ? { trustProxy: opts.trustProxy } : {}) });
  await app.ready();
  return { app, db, close: async () => { await app.close(); await db.close(); } };
}

/** Logs in and returns the cookie header for later requests. */
export async function login(app: FastifyInstance, username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  return cookieOf(res);
}

export function cookieOf(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'chibo_session');
  if (!c) throw new Error('no session cookie');
  return `chibo_session=${c.value}`;
}

export const json = <T = any>(res: LightMyRequestResponse): T => JSON.parse(res.body) as T;

/**
 * Logs in to an account whose password someone else set (a new account, a reset) and changes it, as its
 * owner must before anything else works; returns the cookie.
 */
export async function loginFirstTime(app: FastifyInstance, username: string, password: string): Promise<string> {
  const cookie = await login(app, username, password);
  const res = await app.inject({
    method: 'POST', url: '/api/auth/password', headers: { cookie },
    payload: { currentPassword: password, newPassword: `${password}-rieng` },
  });
  if (res.statusCode !== 200) throw new Error(`password change ${username}: ${res.statusCode} ${res.body}`);
  return cookie;
}

/**
 * Requests as a signed-in person (her session cookie): `req` answers as the server did, `ok` fails the test unless the
 * request succeeded (saying which, with the start of the answer) and gives the answer read.
 */
export function requester(app: () => FastifyInstance, headers: Record<string, string> = {}) {
  const req = (method: string, url: string, cookie: string, payload?: unknown) =>
    app().inject({ method: method as 'GET', url, payload: payload as object, headers: { cookie, ...headers } });
  const ok = async (method: string, url: string, cookie: string, payload?: unknown) => {
    const res = await req(method, url, cookie, payload);
    expect(res.statusCode, `${method} ${url}: ${res.body.slice(0, 300)}`).toBeLessThan(300);
    return json(res);
  };
  return { req, ok };
}
