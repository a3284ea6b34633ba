import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE, expectAccessible, expectNoHorizontalScroll, launch, screenshotDir, startServer, type Server } from './support';

/** The commune secretary's home: every cell's month at a glance, a figure opens the cells behind it. */
describe('dashboard in the browser', () => {
  let server: Server;
  let browser: Browser;
  const shots = screenshotDir();
  beforeAll(async () => {
    server = await startServer();
    await server.app.inject({ method: 'POST', url: '/api/setup/demo' });
    browser = await launch();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function loginAs(page: Page, username: string) {
    await page.goto(server.url + '/login');
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill('chibo-demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  }

  for (const [label, device] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    it(`shows pqdon every cell of Thanh Minh and the cells behind a figure (${label})`, async () => {
      const page = await (await browser.newContext({ ...device, locale: 'vi-VN' })).newPage();
      await loginAs(page, 'pqdon');
      await page.waitForURL(/\/dashboard/);
      await page.getByRole('heading', { level: 1, name: /Tình hình sinh hoạt — Đảng bộ xã Thanh Minh/ }).waitFor();
      await page.getByRole('table').first().waitFor();
      const rows = page.locator('.dash-table').first().locator('tbody tr');
      expect(await rows.count()).toBe(19);
      // The trends load with the charts' own chunk; their numbers are a table too.
      await page.getByRole('table', { name: 'Số liệu theo tháng' }).waitFor({ timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, `dashboard ${label}`);
      if (label === 'phone') await expectNoHorizontalScroll(page, 'dashboard on a phone');
      await page.screenshot({ path: path.join(shots, `dashboard-${label}.png`), fullPage: true, scale: 'css' });
      // A figure drills down: the cells that held their meeting this month.
      const held = page.getByRole('button', { name: /Đã sinh hoạt/ });
      const [done] = (await held.locator('.dash-card-value').innerText()).split('/').map(Number);
      await held.click();
      await page.getByRole('heading', { name: /Đang lọc: Đã sinh hoạt/ }).waitFor();
      expect(await rows.count()).toBe(done);
      await page.getByRole('button', { name: 'Bỏ lọc' }).click();
      expect(await rows.count()).toBe(19);
      if (label === 'desktop') {
        // The month's report downloads from the same page.
        const download = page.waitForEvent('download');
        await page.getByRole('link', { name: 'Tải báo cáo (PDF)' }).click();
        const file = await download;
        expect(file.suggestedFilename()).toMatch(/^bao-cao-xay-dung-dang-\d{4}-\d{2}\.pdf$/);
        const xlsx = page.waitForEvent('download');
        await page.getByRole('link', { name: 'Tải bảng số liệu (XLSX)' }).click();
        expect((await xlsx).suggestedFilename()).toMatch(/\.xlsx$/);
      }
      // A cell's members under warning: its number in the table opens its list of names (a page of the drill-down route).
      const warned = page.getByRole('button', { name: /^Xem đảng viên cần nhắc của / });
      expect(await warned.count()).toBeGreaterThan(0);
      const first = warned.first();
      const n = Number(await first.innerText());
      const warnedCell = (await first.getAttribute('aria-label'))!.replace('Xem đảng viên cần nhắc của ', '');
      await first.click();
      await page.getByRole('heading', { name: new RegExp(`^Đảng viên vắng sinh hoạt hoặc chưa đóng đảng phí năm \\d{4} — ${warnedCell}$`) }).waitFor();
      const named = page.getByRole('region', { name: new RegExp(`— ${warnedCell}$`) }).locator('tbody tr');
      await named.first().waitFor();
      // The table's number counts people (a member under both rules is one), the people the list names.
      expect(await named.count()).toBeGreaterThan(0);
      expect(await named.count()).toBe(n);
      for (const cellOf of await named.locator('td:nth-child(2)').allInnerTexts()) expect(cellOf).toBe(warnedCell);
      if (label === 'phone') await page.screenshot({ path: path.join(shots, 'dashboard-members-phone.png'), fullPage: false, scale: 'css' });
      await page.getByRole('button', { name: 'Cả đảng bộ' }).click();
      await page.getByRole('heading', { name: /^Đảng viên vắng sinh hoạt hoặc chưa đóng đảng phí năm \d{4}$/ }).waitFor();
      // The cells that have not met yet this month (the date passed, or still ahead), and one of them opened.
      for (const name of [/Quá ngày chưa họp/, /Không sinh hoạt/, /Chưa đến ngày/]) {
        const card = page.getByRole('button', { name });
        const n = Number(await card.locator('.dash-card-value').innerText());
        if (!n) continue;
        await card.click();
        expect(await rows.count()).toBe(n);
        const cell = rows.first().getByRole('link').first();
        const cellName = await cell.innerText();
        await cell.click();
        await page.getByRole('heading', { level: 1, name: new RegExp(cellName) }).waitFor();
        break;
      }
      await page.context().close();
    }, 180_000);
  }

  it('lets pqdon write the month report’s assessment, save it as a version and issue it with a number', async () => {
    const page = await (await browser.newContext({ ...DESKTOP, locale: 'vi-VN' })).newPage();
    await loginAs(page, 'pqdon');
    await page.getByRole('heading', { level: 1, name: /Tình hình sinh hoạt — Đảng bộ xã Thanh Minh/ }).waitFor();
    await page.getByText('Dự thảo', { exact: true }).waitFor();
    await page.getByLabel('Ưu điểm').fill('Các chi bộ duy trì sinh hoạt đều đặn.');
    await page.getByLabel('Hạn chế, nguyên nhân').fill('Một số chi bộ còn vắng nhiều.');
    await page.getByLabel('Phương hướng, nhiệm vụ kỳ tới').fill('Nâng cao chất lượng sinh hoạt.');
    await page.getByRole('button', { name: 'Lưu (phiên bản mới)' }).click();
    await page.getByRole('heading', { name: /Phần nhận định của báo cáo · Phiên bản 1/ }).waitFor();
    await expectAccessible(page, 'report narrative');
    await page.getByRole('button', { name: 'Ban hành và cấp số' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /OK|Đồng ý/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(/Đã ban hành Số 01-BC\/ĐU/).waitFor();
    expect(await page.getByLabel('Ưu điểm').getAttribute('readonly')).not.toBeNull();
    await page.screenshot({ path: path.join(shots, 'report-issued.png'), fullPage: true, scale: 'css' });
    await page.context().close();
  }, 180_000);

  it('finds a cell from the header’s search box, typed without diacritics, on a phone', async () => {
    const page = await (await browser.newContext({ ...PHONE, locale: 'vi-VN' })).newPage();
    await loginAs(page, 'pqdon');
    await page.getByRole('link', { name: 'Tìm kiếm' }).click();
    await page.getByLabel(/Tìm đảng viên, tổ chức/).fill('phieng loi');
    await page.keyboard.press('Enter');
    const hit = page.getByRole('link', { name: /Chi bộ bản Phiêng Lơi/ }).first();
    await hit.waitFor();
    await expectAccessible(page, 'search');
    await expectNoHorizontalScroll(page, 'search on a phone');
    await page.screenshot({ path: path.join(shots, 'search-phone.png'), scale: 'css' });
    await hit.click();
    await page.getByRole('heading', { level: 1, name: /Chi bộ bản Phiêng Lơi/ }).waitFor();
    await page.context().close();
  }, 240_000);

  it('shows a member their next meeting, attendance and dues', async () => {
    const page = await (await browser.newContext({ ...PHONE, locale: 'vi-VN' })).newPage();
    const { DEMO_ACCOUNTS } = await import('../../src/server/demo/index');
    await loginAs(page, DEMO_ACCOUNTS.find((a: { role: string }) => a.role === 'member')!.username);
    // Her first screen is her meetings; her own page is one tap away.
    await page.waitForURL(/\/meetings/);
    await page.goto(server.url + '/home');
    await page.getByRole('heading', { name: 'Buổi sinh hoạt tới' }).waitFor();
    await page.getByRole('heading', { name: /Chuyên cần năm/ }).waitFor();
    await page.getByRole('heading', { name: /Đảng phí năm/ }).waitFor();
    await expectAccessible(page, 'member home');
    await expectNoHorizontalScroll(page, 'member home');
    await page.screenshot({ path: path.join(shots, 'member-home.png'), fullPage: true, scale: 'css' });
    await page.context().close();
  }, 240_000);
});
