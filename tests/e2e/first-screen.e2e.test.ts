import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, expectAccessible, launch, logIn, startServer, type Server } from './support';

/**
 * A member's home and a meeting she reads arrive drawn by the server (src/web/ssr.tsx): readable before any script
 * has run, then taken over by the app as they are (no second drawing, no warning), and still there with no signal.
 */
describe('first screens drawn on the server, on a phone', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let meetingId = '';
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    expect((await server.app.inject({ method: 'POST', url: '/api/setup/demo' })).statusCode).toBe(200);
    meetingId = (await server.db.one<{ id: string }>(
      `SELECT m.id FROM meetings m JOIN orgs o ON o.id = m.org_id
        WHERE o.name = 'Chi bộ bản Phiêng Lơi' AND m.status = 'planned' ORDER BY m.date LIMIT 1`,
    ))!.id;
    browser = await launch();
    context = await browser.newContext({ ...PHONE, locale: 'vi-VN' });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await logIn(page, server.url, 'ltthoan');
    // The server's renderer loads in the background as it starts.
    for (let i = 0; i < 240; i++) {
      if ((await (await page.request.get(server.url + '/meetings')).text()).includes('id="chibo-first-screen"')) break;
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('takes over her home as the server drew it, then runs as the app', async () => {
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    errors.length = 0;
    const res = await page.goto(server.url + '/meetings', { waitUntil: 'domcontentloaded' });
    expect(await res!.text()).toContain('id="chibo-first-screen"');
    // Drawn before the app's code has run: the title and her cell's calendar are in the page as it arrives.
    const title = page.getByRole('heading', { level: 1, name: 'Sinh hoạt' });
    await title.waitFor();
    await page.getByRole('link', { name: /Chi bộ bản Phiêng Lơi/ }).first().waitFor();
    await title.evaluate((h) => ((h as HTMLElement).dataset.drawn = 'server'));
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await page.waitForLoadState('networkidle');
    // The app took the page over without drawing it again (the same heading element), and with no warning.
    await expect.poll(() => page.evaluate(() => Object.keys(document.getElementById('root')!).some((k) => k.startsWith('__react')))).toBe(true);
    expect(await title.getAttribute('data-drawn')).toBe('server');
    expect(errors).toEqual([]);
    await expectAccessible(page, 'home drawn on the server');
    // Its links are the app's: going to her page does not load a new page.
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).last().getByRole('link', { name: 'Tôi' }).click();
    await page.waitForURL((u) => u.pathname === '/me');
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  }, 240_000);

  it('opens a meeting she reads drawn by the server, and again with no signal', async () => {
    errors.length = 0;
    const res = await page.goto(`${server.url}/meetings/${meetingId}`, { waitUntil: 'domcontentloaded' });
    expect(await res!.text()).toContain('id="chibo-first-screen"');
    await page.getByRole('heading', { level: 1, name: /^Sinh hoạt thường kỳ tháng/ }).waitFor();
    await page.getByRole('heading', { name: 'Điểm danh của tôi' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    // The answers the server put in the page are kept on the phone too: the meeting reloads with the network cut.
    await context.setOffline(true);
    try {
      await page.reload();
      await page.getByRole('status').filter({ hasText: 'Đang ngoại tuyến' }).waitFor();
      await page.getByRole('heading', { level: 1, name: /^Sinh hoạt thường kỳ tháng/ }).waitFor();
      await page.getByRole('heading', { name: 'Điểm danh của tôi' }).waitFor();
    } finally {
      await context.setOffline(false);
    }
  }, 240_000);

  it('draws her home in English when her browser chose English, and takes it over in English', async () => {
    // What choosing English does (src/web/lib/language.ts): this browser's storage and the server's cookie.
    await page.evaluate(() => localStorage.setItem('chibo_lang', 'en'));
    await context.addCookies([{ name: 'chibo_lang', value: 'en', url: server.url }]);
    errors.length = 0;
    const res = await page.goto(server.url + '/meetings', { waitUntil: 'domcontentloaded' });
    expect(await res!.text()).toContain('<html lang="en">');
    const title = page.getByRole('heading', { level: 1, name: 'Meetings' });
    await title.waitFor();
    await title.evaluate((h) => ((h as HTMLElement).dataset.drawn = 'server'));
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.evaluate(() => Object.keys(document.getElementById('root')!).some((k) => k.startsWith('__react')))).toBe(true);
    expect(await title.getAttribute('data-drawn')).toBe('server');
    expect(errors).toEqual([]);
  }, 240_000);

  it('draws the login page: what was typed before the app took it over is kept, and signing in works', async () => {
    const fresh = await browser.newContext({ ...PHONE, locale: 'vi-VN' });
    try {
      const p = await fresh.newPage();
      const seen: string[] = [];
      p.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') seen.push(m.text());
      });
      p.on('pageerror', (e) => seen.push(e.message));
      const res = await p.goto(server.url + '/login', { waitUntil: 'domcontentloaded' });
      expect(await res!.text()).toContain('id="chibo-first-screen"');
      // Typed at once, while the app may still be loading: the server's fields take it, and the app keeps it.
      await p.locator('#login-username').fill('ltthoan');
      await p.locator('#login-password').fill('chibo-demo');
      const user = p.getByLabel('Tên đăng nhập');
      await user.evaluate((el) => ((el as HTMLElement).dataset.drawn = 'server'));
      await expect.poll(() => p.evaluate(() => Object.keys(document.getElementById('root')!).some((k) => k.startsWith('__react')))).toBe(true);
      // Taken over as drawn: the same field, still holding what was typed.
      expect(await user.getAttribute('data-drawn')).toBe('server');
      expect(await user.inputValue()).toBe('ltthoan');
      await p.getByRole('button', { name: 'Đăng nhập' }).click();
      await p.waitForURL((u) => !u.pathname.startsWith('/login'));
      expect(seen).toEqual([]);
    } finally {
      await fresh.close();
    }
  }, 240_000);
});
