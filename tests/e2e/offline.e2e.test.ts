import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, expectNoHorizontalScroll, launch, startServer, type Server } from './support';

/**
 * In the village with no signal, on a 360-px phone: the app is installable, and a meeting opened while
 * online (its roster and agenda) can be opened again and reloaded with the network cut.
 */
describe('offline on a phone', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let meetingId = '';

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
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is installable: a manifest with icons that exist, and a service worker', async () => {
    await page.goto(server.url + '/login');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(server.url + href)).json();
    expect(manifest).toMatchObject({ short_name: 'chibo', display: 'standalone', start_url: '/' });
    for (const icon of manifest.icons) expect((await page.request.get(server.url + icon.src)).status(), icon.src).toBe(200);
    expect(manifest.icons.some((i: { sizes: string }) => i.sizes === '512x512')).toBe(true);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  });

  it('opens and reloads a meeting kept on the phone with the network cut', async () => {
    await page.getByLabel('Tên đăng nhập').fill('lvtruong');
    await page.getByLabel('Mật khẩu').fill('chibo-demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.goto(`${server.url}/meetings/${meetingId}/roll-call`);
    await page.getByRole('button', { name: 'Mọi người có mặt' }).waitFor();
    await page.waitForLoadState('networkidle');
    const names = await page.getByRole('region', { name: /^Đảng viên \(/ }).getByRole('group').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(names.length).toBe(21);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Đang ngoại tuyến' }).waitFor();
    await page.getByRole('button', { name: 'Mọi người có mặt' }).waitFor();
    const offlineNames = await page.getByRole('region', { name: /^Đảng viên \(/ }).getByRole('group').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(offlineNames).toEqual(names);
    // The agenda too.
    await page.goto(`${server.url}/meetings/${meetingId}/minutes`).catch(() => undefined);
    await page.getByRole('heading', { name: /Biên bản/ }).first().waitFor();
    expect(await page.getByText(/Tuyên bố lý do/).count()).toBeGreaterThan(0);
    await expectNoHorizontalScroll(page, 'offline minutes');
    await context.setOffline(false);
  }, 180_000);
});
