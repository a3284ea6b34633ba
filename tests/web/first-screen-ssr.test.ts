// A member's home and a meeting she reads are drawn on the server (src/web/ssr.tsx through src/server/web-index.ts):
// her own page, with what she would see, in HTML before any script runs; everyone else gets the page drawn in the browser.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildWebIfStale } from '../../scripts/web-build.mjs';
import { buildApp } from '../../src/server/app';
import { openPglite, type Db } from '../../src/server/db/index';
import { migrate } from '../../src/server/db/migrate';
import { loadDemo } from '../../src/server/demo/index';
import { login } from '../support/app';

const webDir = path.resolve(import.meta.dirname, '../../dist/web');
let app: FastifyInstance;
let db: Db;
let thoan: string;
let truong: string;
let meetingId: string;

const page = async (url: string, cookie?: string) => {
  const res = await app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  expect(res.statusCode, url).toBe(200);
  return res;
};
const drawn = (html: string) => html.includes('id="chibo-first-screen"');
const state = (html: string) =>
  JSON.parse(/<script type="application\/json" id="chibo-first-screen">(.*?)<\/script>/s.exec(html)![1]) as {
    lang: string;
    answers: { key: unknown[]; url: string; data: unknown }[];
  };

beforeAll(async () => {
  buildWebIfStale();
  db = await openPglite('memory');
  await migrate(db);
  await loadDemo(db);
  app = await buildApp({ db, webDir });
  await app.ready();
  thoan = await login(app, 'ltthoan');
  truong = await login(app, 'lvtruong');
  const mine = JSON.parse((await app.inject({ url: '/api/my/meetings', headers: { cookie: thoan } })).body) as { id: string; status: string }[];
  meetingId = (mine.find((m) => m.status === 'planned') ?? mine[0]).id;
  // The renderer loads in the background as the server starts: until then pages are drawn in the browser.
  for (let i = 0; i < 120 && !drawn((await page('/meetings', thoan)).body); i++) await new Promise((r) => setTimeout(r, 250));
}, 300_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('first screens drawn on the server', () => {
  it('draws a member’s home with her meetings and her answers, for her alone, with no inline script', async () => {
    const res = await page('/meetings', thoan);
    const html = res.body;
    expect(drawn(html)).toBe(true);
    expect(res.headers['cache-control']).toBe('private, no-cache');
    expect(res.headers.vary).toMatch(/Cookie/);
    // What she sees, in the HTML: the page's title, her cell's calendar, her navigation.
    expect(html).toContain('<h1');
    expect(html).toContain('Sinh hoạt');
    expect(html).toContain('Chi bộ bản Phiêng Lơi');
    // The answers the screen shows, for the app to take over without asking again: hers.
    const s = state(html);
    expect(s.lang).toBe('vi');
    expect(s.answers.map((a) => a.url)).toEqual(expect.arrayContaining(['/api/auth/me', '/api/orgs', '/api/my/documents']));
    expect(s.answers.find((a) => a.url === '/api/auth/me')!.data).toMatchObject({ username: 'ltthoan' });
    // The policy allows no inline script: only the app's module and the answers (data, never run).
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    expect(scripts.every((tag) => /type="module"[^>]*src=|type="application\/json"/.test(tag)), scripts.join()).toBe(true);
    // The answers are asked for again in the browser only to be kept offline: no preload of them here.
    expect(html).not.toContain('as="fetch"');
  });

  it('draws a meeting she reads, with its title and her attendance, and her large-text setting', async () => {
    const html = (await page(`/meetings/${meetingId}`, thoan)).body;
    expect(drawn(html)).toBe(true);
    expect(html).toMatch(/Sinh hoạt (thường kỳ|chuyên đề)/);
    expect(html).toContain('<html lang="vi">');
    expect(state(html).answers.find((a) => a.url === `/api/meetings/${meetingId}`)).toBeTruthy();
    const large = await app.inject({ method: 'PUT', url: '/api/auth/text-size', headers: { cookie: thoan }, payload: { large: true } });
    expect(large.statusCode).toBeLessThan(300);
    try {
      expect((await page(`/meetings/${meetingId}`, thoan)).body).toContain('<html lang="vi" class="large-text">');
    } finally {
      await app.inject({ method: 'PUT', url: '/api/auth/text-size', headers: { cookie: thoan }, payload: { large: false } });
    }
  });

  it('draws in English for a browser that chose it', async () => {
    const html = (await page('/meetings', `${thoan}; chibo_lang=en`)).body;
    expect(drawn(html)).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<h1[^>]*>Meetings<\/h1>/);
    expect(state(html).lang).toBe('en');
    // And Vietnamese again for the next one (one renderer for every request).
    expect((await page('/meetings', thoan)).body).toMatch(/<h1[^>]*>Sinh hoạt<\/h1>/);
  });

  it('draws the login page for someone not signed in: the form, nobody\'s answers, the button waiting for the app', async () => {
    const res = await page('/login');
    const html = res.body;
    expect(drawn(html)).toBe(true);
    expect(html).toMatch(/<label for="login-username">Tên đăng nhập<\/label>/);
    expect(/<input[^>]*id="login-password"[^>]*>/.exec(html)?.[0]).toMatch(/type="password"/);
    // The button is drawn disabled: a tap before the app runs would send the form nowhere.
    expect(/<button[^>]*type="submit"[^>]*>/.exec(html)?.[0]).toMatch(/disabled=""/);
    const s = state(html);
    expect(s.answers.find((a) => a.url === '/api/auth/me')!.data).toBeNull();
    expect((await page('/login', 'chibo_lang=en')).body).toMatch(/<label for="login-username">Username<\/label>/);
  });

  it('gives each drawn page the title the app gives it, in the page\'s language, before any script runs', async () => {
    const title = (html: string) => /<title>(.*?)<\/title>/s.exec(html)?.[1];
    expect(title((await page('/meetings', thoan)).body)).toBe('Sinh hoạt · chibo');
    expect(title((await page('/meetings', `${thoan}; chibo_lang=en`)).body)).toBe('Meetings · chibo');
    expect(title((await page('/login')).body)).toBe('Đăng nhập · chibo');
    expect(title((await page('/login', 'chibo_lang=en')).body)).toBe('Log in · chibo');
    // A meeting: its name and its cell, as the app's PageTitle has them (escaped as HTML text).
    const m = JSON.parse((await app.inject({ url: `/api/meetings/${meetingId}`, headers: { cookie: thoan } })).body) as { orgName: string };
    const vi = title((await page(`/meetings/${meetingId}`, thoan)).body)!;
    expect(vi).toMatch(/^Sinh hoạt (thường kỳ|chuyên đề) tháng .* — .* · chibo$/);
    expect(vi).toContain(` — ${m.orgName} · chibo`);
    expect(title((await page(`/meetings/${meetingId}`, `${thoan}; chibo_lang=en`)).body)).toMatch(/^(Regular|Thematic) .* — .* · chibo$/);
    // Only one title in the page; a page drawn in the browser keeps the app's name until the app sets its own.
    expect((await page('/meetings', thoan)).body.match(/<title>/g)).toHaveLength(1);
    expect(title((await page('/orgs', thoan)).body)).toBe('chibo');
  });

  it('leaves to the browser the meeting a secretary runs, no session, and a session that has ended', async () => {
    const secretary = (await page(`/meetings/${meetingId}`, truong)).body;
    expect(drawn(secretary)).toBe(false);
    expect(secretary).toContain(`<link rel="preload" as="fetch" crossorigin href="/api/meetings/${meetingId}">`);
    expect(drawn((await page('/meetings')).body)).toBe(false);
    expect(drawn((await page('/meetings', 'chibo_session=not-a-session')).body)).toBe(false);
    // Other screens are drawn in the browser as before.
    expect(drawn((await page('/orgs', thoan)).body)).toBe(false);
    expect(drawn((await page('/login', thoan)).body)).toBe(false);
  });
});
