// How the server delivers the web app and the API over a weak connection: compressed, cached when it
// can never change, never stale when it can.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildWebIfStale } from '../../scripts/web-build.mjs';
import { buildApp } from '../../src/server/app';
import { openPglite, type Db } from '../../src/server/db/index';
import { migrate } from '../../src/server/db/migrate';
import { chooseEncoding } from '../../src/server/compression';
import { FIRST_SCREEN_BUDGET, firstScreenCosts } from '../../scripts/web-budget';

const webDir = path.resolve(import.meta.dirname, '../../dist/web');
let app: FastifyInstance;
let db: Db;

beforeAll(async () => {
  buildWebIfStale();
  db = await openPglite('memory');
  await migrate(db);
  app = await buildApp({ db, webDir });
  await app.ready();
}, 300_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const someAsset = (ext: string) => {
  const f = fs.readdirSync(path.join(webDir, 'assets')).find((n) => n.endsWith(ext));
  if (!f) throw new Error(`no ${ext} asset`);
  return `/assets/${f}`;
};

describe('web app delivery', () => {
  it('sends the precompressed brotli copy of a hashed script, cached for a year', async () => {
    const url = someAsset('.js');
    const res = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const original = fs.readFileSync(path.join(webDir, url));
    expect(zlib.brotliDecompressSync(res.rawPayload).equals(original)).toBe(true);
    expect(res.rawPayload.length).toBeLessThan(original.length / 2);
  });

  it('falls back to gzip, then to the plain file, as the client accepts', async () => {
    const url = someAsset('.css');
    const gz = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).equals(fs.readFileSync(path.join(webDir, url)))).toBe(true);
    const plain = await app.inject({ method: 'GET', url });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(fs.readFileSync(path.join(webDir, url), 'utf8'));
  });

  it('never lets index.html go stale, at / and at any client route', async () => {
    for (const url of ['/', '/meetings/123', '/login']) {
      const res = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toContain('<div id="root">');
    }
  });
});

describe('first screens', () => {
  const manifest = () => JSON.parse(fs.readFileSync(path.join(webDir, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
  const page = async (url: string) => {
    const res = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode, url).toBe(200);
    expect(res.headers['content-type'], url).toMatch(/text\/html/);
    expect(res.headers['cache-control'], url).toBe('no-cache');
    return zlib.brotliDecompressSync(res.rawPayload).toString();
  };

  it('names a member’s home’s code and the answers it waits on, so they come with the app’s code', async () => {
    const html = await page('/meetings');
    const m = manifest();
    expect(html).toContain(`<link rel="modulepreload" crossorigin href="/${m['components/Shell.tsx'].file}">`);
    expect(html).toContain(`<link rel="modulepreload" crossorigin href="/${m['pages/meetings/MyMeetingsPage.tsx'].file}">`);
    expect(html).toContain('<link rel="preload" as="fetch" crossorigin href="/api/auth/me">');
    expect(html).toMatch(/<link rel="preload" as="fetch" crossorigin href="\/api\/my\/meetings\?from=\d{4}-\d\d-\d\d&amp;to=\d{4}-\d\d-\d\d">/);
    // The header's bar shows before the code has run.
    expect(html).toContain('<div id="root"><div class="shell"><header class="app-header">');
    // antd is not part of it.
    expect(html).not.toContain(m['components/AntdRoot.tsx'].file);
  });

  it('names a meeting’s own answer in its page, and nothing extra in other pages', async () => {
    const id = '0b9c6a4e-8d1f-4c57-9a3e-2f6d8b1c0e77';
    const html = await page(`/meetings/${id}/roll-call`);
    expect(html).toContain(`<link rel="preload" as="fetch" crossorigin href="/api/meetings/${id}">`);
    expect(html).toContain(`href="/${manifest()['pages/meetings/MeetingPage.tsx'].file}"`);
    const login = await page('/login');
    expect(login).toContain(`href="/${manifest()['pages/LoginPage.tsx'].file}"`);
    expect(login).toContain('<div id="root"></div>');
    const other = await page('/orgs');
    expect(other).not.toContain('as="fetch"');
    expect(other).toBe(fs.readFileSync(path.join(webDir, 'index.html'), 'utf8'));
  });
});

describe('API compression', () => {
  it('compresses a large JSON answer with brotli or gzip, and a small one not at all', async () => {
    const big = await app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'br' } });
    expect(big.headers['content-encoding']).toBe('br');
    expect(big.headers.vary).toMatch(/accept-encoding/i);
    const spec = JSON.parse(zlib.brotliDecompressSync(big.rawPayload).toString());
    expect(spec.openapi).toBe('3.0.3');
    const gz = await app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(gz.rawPayload).toString()).openapi).toBe('3.0.3');
    const none = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.json().openapi).toBe('3.0.3');
    const small = await app.inject({ method: 'GET', url: '/api/setup', headers: { 'accept-encoding': 'br' } });
    expect(small.statusCode).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('chooses the encoding the client accepts, brotli first, honouring q=0', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding('*')).toBe('br');
  });
});

describe('size budget of the first screens', () => {
  it('keeps the login page, a member’s home and a meeting within their budgets (JS + CSS, brotli)', () => {
    const costs = firstScreenCosts(webDir);
    for (const c of costs) {
      console.log(`${c.screen}: ${(c.brotliBytes / 1024).toFixed(1)} KB brotli in ${c.files} files (budget ${FIRST_SCREEN_BUDGET[c.screen] / 1024} KB)`);
      expect(c.brotliBytes, `${c.screen} weighs ${c.brotliBytes} bytes`).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET[c.screen]);
    }
    expect(costs.map((c) => c.screen)).toEqual(['login', 'memberHome', 'meeting', 'secretaryMeeting']);
  });
});
