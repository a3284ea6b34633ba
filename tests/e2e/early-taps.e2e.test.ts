import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, launch, logIn, startServer, type Server } from './support';

/**
 * A page drawn on the server is on the phone's screen before the app's code has run, and on a slow phone that code
 * can take seconds: a tap on a button in that time (the language switch, "Thêm") is held and done once the app has
 * taken the page over (src/web/boot.ts), and the page's title is the screen's from the start. The app's entry is
 * held back here until the tap has been made.
 */
describe('a tap before the app has taken a page drawn on the server over', () => {
  let server: Server;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const entry = '/' + (JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../dist/web/.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>)['index.html'].file;

  beforeAll(async () => {
    server = await startServer();
    expect((await server.app.inject({ method: 'POST', url: '/api/setup/demo' })).statusCode).toBe(200);
    browser = await launch();
    // The server's renderer loads in the background as it starts.
    for (let i = 0; i < 240; i++) {
      if ((await server.app.inject({ url: '/login' })).body.includes('id="chibo-first-screen"')) break;
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 180_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  /** A phone (no service worker: every request goes through the network, where the entry is held back). */
  const errors = new Map<Page, string[]>();
  const phone = async (username?: string): Promise<Page> => {
    const context = await browser.newContext({ ...PHONE, locale: 'vi-VN', serviceWorkers: 'block' });
    contexts.push(context);
    const page = await context.newPage();
    const seen: string[] = [];
    errors.set(page, seen);
    page.on('pageerror', (e) => seen.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') seen.push(m.text());
    });
    if (username) await logIn(page, server.url, username);
    return page;
  };

  /** Opens the address with the app's entry held back until the returned function is called; the page is drawn. */
  const openHeld = async (page: Page, url: string): Promise<() => void> => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route((u) => u.pathname === entry, async (route) => {
      await held;
      await route.continue();
    });
    const res = await page.goto(server.url + url, { waitUntil: 'domcontentloaded' });
    expect(await res!.text()).toContain('id="chibo-first-screen"');
    return release;
  };
  const taken = (page: Page) => page.evaluate(() => Object.keys(document.getElementById('root')!).some((k) => k.startsWith('__react')));

  it('switches a member’s home to English when the switch was tapped before the app ran', async () => {
    const page = await phone('ltthoan');
    const release = await openHeld(page, '/meetings');
    await page.getByRole('heading', { level: 1, name: 'Sinh hoạt' }).waitFor();
    expect(await page.title()).toBe('Sinh hoạt · chibo');
    const bar = page.locator('.only-narrow');
    await bar.getByRole('button', { name: 'Switch to English' }).tap();
    // Nothing has run yet: the page is as drawn.
    expect(await taken(page)).toBe(false);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    release();
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.title()).toBe('Meetings · chibo');
    expect(errors.get(page)).toEqual([]);
  }, 240_000);

  it('opens the sheet under "Thêm" tapped before the app ran, once', async () => {
    const page = await phone('pqdon');
    const release = await openHeld(page, '/meetings');
    const more = page.getByRole('navigation', { name: 'Điều hướng chính' }).last().getByRole('button', { name: 'Thêm' });
    // Tapped twice, quickly: the last tap is the one done (the sheet opens, and is not closed again).
    await more.tap();
    await more.tap();
    expect(await taken(page)).toBe(false);
    release();
    const sheet = page.getByRole('dialog');
    await sheet.getByRole('link', { name: 'Nhật ký' }).waitFor();
    await expect.poll(() => more.getAttribute('aria-expanded')).toBe('true');
    // From then on the page is the app's: the sheet closes as usual.
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });
    expect(errors.get(page)).toEqual([]);
  }, 240_000);

  it('switches the login page to English when tapped before the app ran; the sign-in button waits for the app', async () => {
    const page = await phone();
    const release = await openHeld(page, '/login');
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    expect(await page.title()).toBe('Đăng nhập · chibo');
    // Sending the form before the app runs would put the password in the URL: the button is disabled until then.
    expect(await page.getByRole('button', { name: 'Đăng nhập' }).isDisabled()).toBe(true);
    await page.locator('#login-username').fill('ltthoan');
    await page.locator('#login-password').fill('chibo-demo');
    await page.locator('#login-password').press('Enter');
    await page.getByRole('button', { name: 'English' }).tap();
    expect(await taken(page)).toBe(false);
    expect(new URL(page.url()).search).toBe('');
    release();
    await page.getByLabel('Username').waitFor();
    await expect.poll(() => page.title()).toBe('Log in · chibo');
    // What was typed is kept, and signing in works once the app runs.
    expect(await page.getByLabel('Username').inputValue()).toBe('ltthoan');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    expect(page.url()).not.toContain('chibo-demo');
    expect(errors.get(page)).toEqual([]);
  }, 240_000);
});
