import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, expectAccessible, expectNoHorizontalScroll, launch, screenshotDir, startServer, type Server } from './support';

/**
 * On a 360-px phone: a plain member of Phiêng Lơi reads a meeting (no steps, nothing to correct); the
 * secretary's score step never hides the comment box under its sticky bars.
 */
describe('a member reads the meeting; sticky bars never cover a field', () => {
  let server: Server;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let planned = '';
  let approved = '';

  const signIn = async (username: string): Promise<Page> => {
    const context = await browser.newContext({ ...PHONE, locale: 'vi-VN' });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(server.url + '/login');
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill('chibo-demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    return page;
  };

  beforeAll(async () => {
    server = await startServer();
    expect((await server.app.inject({ method: 'POST', url: '/api/setup/demo' })).statusCode).toBe(200);
    const cell = `FROM meetings m JOIN orgs o ON o.id = m.org_id WHERE o.name = 'Chi bộ bản Phiêng Lơi'`;
    planned = (await server.db.one<{ id: string }>(`SELECT m.id ${cell} AND m.status = 'planned' ORDER BY m.date LIMIT 1`))!.id;
    approved = (await server.db.one<{ id: string }>(`SELECT m.id ${cell} AND m.status = 'approved' ORDER BY m.date DESC LIMIT 1`))!.id;
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  it('shows a plain member her meeting to read: agenda, documents, her attendance, the notice; no steps, no corrections', async () => {
    const page = await signIn('ltthoan');
    // A link to a step (as a notification may carry) opens the member's reading of the meeting.
    await page.goto(`${server.url}/meetings/${planned}/score`);
    await page.waitForURL((u) => u.pathname === `/meetings/${planned}`);
    await page.getByRole('heading', { name: 'Điểm danh của tôi' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.getByText('Đồng chí được triệu tập dự buổi sinh hoạt này.').count()).toBe(1);
    for (const h of ['Thông báo sinh hoạt', 'Tài liệu cần đọc trước', 'Chương trình sinh hoạt']) {
      expect(await page.getByRole('heading', { name: h }).count(), h).toBe(1);
    }
    const agenda = await page.getByRole('region', { name: 'Chương trình sinh hoạt' }).getByRole('listitem').count();
    expect(agenda).toBeGreaterThan(2);
    // None of the secretary's steps, warnings or buttons.
    expect(await page.getByRole('navigation', { name: 'Các bước của buổi sinh hoạt' }).count()).toBe(0);
    expect(await page.getByText('Cần lưu ý').count()).toBe(0);
    for (const b of ['Gửi thông báo', 'Sửa', 'Dời lịch', 'Hủy buổi sinh hoạt', 'Thêm tài liệu', 'Lưu chuẩn bị']) {
      expect(await page.getByRole('button', { name: b, exact: true }).count(), b).toBe(0);
    }
    expect(await page.getByRole('textbox').count()).toBe(0);
    await page.screenshot({ path: `${screenshotDir()}/member-meeting-planned.png`, fullPage: true });
    await expectNoHorizontalScroll(page, 'member meeting');
    await expectAccessible(page, 'member meeting');

    // An approved meeting: her own line of the roll call and the approved minutes to download, nothing to correct.
    await page.goto(`${server.url}/meetings/${approved}`);
    await page.getByRole('heading', { name: 'Điểm danh của tôi' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.getByText(/^Điểm danh: /).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Tải biên bản PDF' }).count()).toBe(1);
    for (const b of ['Sửa đổi', 'Hủy số biên bản', 'Duyệt biên bản']) {
      expect(await page.getByRole('button', { name: b }).count(), b).toBe(0);
    }
    expect(await page.getByText(/Muốn sửa, vào bước/).count()).toBe(0);
    await page.screenshot({ path: `${screenshotDir()}/member-meeting-approved.png`, fullPage: true });
    await expectNoHorizontalScroll(page, 'member approved meeting');
  }, 180_000);

  it('keeps the score’s comment box clear of the sticky bars when it takes the focus', async () => {
    const page = await signIn('lvtruong');
    await page.goto(`${server.url}/meetings/${planned}/score`);
    const box = page.getByLabel('Ý kiến, nhận xét');
    await box.waitFor();
    await page.waitForLoadState('networkidle');
    // From the top of the step, as the secretary arrives: the field takes the focus (a tap, or Tab).
    await page.evaluate(() => window.scrollTo(0, 0));
    await box.focus();
    const hit = async () =>
      box.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const x = r.left + r.width / 2;
        // Its centre and the middle of its top and bottom edges show the field itself, not a bar laid over it.
        return [r.top + r.height / 2, r.top + 4, r.bottom - 4].map((y) => {
          const at = document.elementFromPoint(x, y);
          return at === el || el.contains(at) ? 'field' : at ? `${at.tagName}.${at.className}` : 'outside';
        });
      });
    await expect.poll(hit).toEqual(['field', 'field', 'field']);
    // Scrolled so that the field sits low on the screen, where the save bar stays: focusing it brings it clear.
    await box.evaluate((el) => {
      el.blur();
      window.scrollBy(0, el.getBoundingClientRect().bottom - window.innerHeight + 10);
    });
    await box.focus();
    await expect.poll(hit).toEqual(['field', 'field', 'field']);
    await page.screenshot({ path: `${screenshotDir()}/score-comment-focused.png` });
  }, 180_000);
});
