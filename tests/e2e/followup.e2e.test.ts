import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tick } from '../../src/server/modules/notifications/service';
import { PHONE, expectAccessible, expectNoHorizontalScroll, launch, screenshotDir, startServer, type Server } from './support';

/**
 * Follow-through on a 360-px phone: the secretary of Phiêng Lơi sees an overdue task on his home page, records
 * that it is done, and the cell's task list shows it done. axe on every page.
 */
describe('a cell secretary follows up the cell’s tasks on a phone', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const shots = screenshotDir();

  beforeAll(async () => {
    server = await startServer();
    const demo = await server.app.inject({ method: 'POST', url: '/api/setup/demo' });
    expect(demo.statusCode).toBe(200);
    browser = await launch();
    page = await (await browser.newContext({ ...PHONE, locale: 'vi-VN' })).newPage();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const check = async (label: string, focus?: string | Locator) => {
    await page.mouse.move(1, 1);
    await page.waitForLoadState('networkidle');
    await expectNoHorizontalScroll(page, label);
    await expectAccessible(page, label);
    if (typeof focus === 'string') await page.getByRole('region', { name: focus }).scrollIntoViewIfNeeded();
    else if (focus) await focus.scrollIntoViewIfNeeded();
    else await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots, `followup-${label}.png`), scale: 'css' }); // docs/images come from these
  };

  it('sees an overdue task on his home, records it done, and finds it done in the list', async () => {
    await page.goto(server.url + '/login');
    await page.getByLabel('Tên đăng nhập').fill('lvtruong');
    await page.getByLabel('Mật khẩu').fill('chibo-demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((u) => u.pathname === '/dashboard');
    const tasks = page.getByRole('region', { name: 'Nhiệm vụ' });
    await tasks.getByText(/nhiệm vụ quá hạn/).waitFor();
    await check('home', 'Nhiệm vụ');
    const first = tasks.getByRole('listitem').first();
    const title = (await first.getByRole('link').textContent())!.trim();
    await expect(first.getByText('Quá hạn')).toBeTruthy();
    await first.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await check('task');

    await page.getByRole('button', { name: 'Ghi tiến độ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ghi tiến độ' });
    await dialog.getByLabel('Trạng thái sau khi ghi').selectOption('done');
    await dialog.getByLabel('Kết quả, tiến độ').fill('Đã hoàn thành, chi bộ kiểm tra thực tế');
    await check('note');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Đã hoàn thành, chi bộ kiểm tra thực tế').waitFor();
    expect(await page.locator('.fu-facts').getByText('Hoàn thành', { exact: true }).count()).toBe(1);

    await page.getByRole('link', { name: 'Danh sách nhiệm vụ' }).click();
    await page.getByRole('heading', { level: 1, name: /Nhiệm vụ/ }).waitFor();
    await page.getByLabel('Trạng thái').selectOption('done');
    await page.getByRole('link', { name: title }).first().waitFor();
    await check('list-done');
  }, 180_000);

  it('enters the cell’s monthly report from the month view', async () => {
    const cell = (await server.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    await page.goto(`${server.url}/orgs/${cell}`);
    await page.getByRole('link', { name: 'Báo cáo tháng' }).click();
    await page.getByRole('heading', { level: 1, name: /Báo cáo tháng/ }).waitFor();
    await page.getByText(/Đã báo cáo: \d+ · Muộn: \d+ · Chưa báo cáo: \d+/).waitFor();
    await check('reports');
    // The cell's own line comes first, its partner units' after it.
    await page.locator('.fu-list > li').first().getByRole('link', { name: /Nhập báo cáo|Xem, sửa báo cáo/ }).click();
    await page.getByRole('heading', { level: 1, name: /Báo cáo tháng \d{2}\/\d{4}/ }).waitFor();
    await page.getByLabel('Kết quả', { exact: true }).first().fill('Đã hoàn thành 80% khối lượng');
    await page.getByRole('textbox', { name: 'Khó khăn, vướng mắc' }).fill('Mưa nhiều, đường trơn');
    await check('report-form');
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await page.getByText(/^Đã nộp ngày \d{2}\/\d{2}\/\d{4}/).waitFor();
  }, 240_000);

  it('keeps what the secretary types in the monthly report when the form is fetched again', async () => {
    // A phone of its own, whose clock the test can move on: the form's copy goes stale as minutes of typing would.
    const context = await browser.newContext({ ...PHONE, locale: 'vi-VN' });
    const phone = await context.newPage();
    await phone.clock.install();
    await phone.goto(server.url + '/login');
    await phone.getByLabel('Tên đăng nhập').fill('lvtruong');
    await phone.getByLabel('Mật khẩu').fill('chibo-demo');
    await phone.getByRole('button', { name: 'Đăng nhập' }).click();
    await phone.waitForURL((u) => u.pathname === '/dashboard');
    const cell = (await server.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    await phone.goto(`${server.url}/orgs/${cell}/reports`);
    await phone.locator('.fu-list > li').first().getByRole('link', { name: /Nhập báo cáo|Xem, sửa báo cáo/ }).click();
    await phone.getByRole('heading', { level: 1, name: /Báo cáo tháng \d{2}\/\d{4}/ }).waitFor();
    // (Held by its place: a typed text becomes part of the field's accessible name.)
    const result = phone.locator('.fu-review-item').first().getByRole('textbox');
    const difficulties = phone.getByRole('textbox', { name: 'Khó khăn, vướng mắc' });
    await result.fill('Đã xong phần việc ở bản');
    await difficulties.fill('Đường lên bản sạt lở');
    // Meanwhile the office renames the first task; a while later the connection drops and comes back, and the form
    // is fetched again: it shows the new name and keeps every word typed on the phone.
    const first = phone.locator('.fu-review-item').first().getByRole('link').first();
    const taskId = (await first.getAttribute('href'))!.split('/').pop()!;
    await server.db.query(`UPDATE tasks SET title = title || ' (đã sửa)' WHERE id = $1`, [taskId]);
    await phone.clock.fastForward('01:00');
    await context.setOffline(true);
    await context.setOffline(false);
    // (Waited for as the phone shows it: the new copy comes when the connection allows, not within a fixed second.)
    await phone.locator('.fu-review-item').first().getByRole('link', { name: /\(đã sửa\)$/ }).waitFor();
    expect(await result.inputValue()).toBe('Đã xong phần việc ở bản');
    expect(await difficulties.inputValue()).toBe('Đường lên bản sạt lở');
    await context.close();
  }, 240_000);

  it('records at the last meeting what the cell said of each task, and the notes show on the review', async () => {
    const meeting = (await server.db.one<{ id: string }>(
      `SELECT m.id FROM meetings m JOIN orgs o ON o.id = m.org_id
        WHERE o.name = 'Chi bộ bản Phiêng Lơi' AND m.status IN ('held', 'approved') ORDER BY m.date DESC LIMIT 1`,
    ))!.id;
    await page.goto(`${server.url}/meetings/${meeting}/task-review`);
    await page.getByRole('heading', { level: 1, name: /Đánh giá nhiệm vụ kỳ trước/ }).waitFor();
    const item = page.locator('.fu-review-item').first();
    await item.getByRole('textbox').fill('Chi bộ thống nhất tiếp tục theo dõi');
    await page.getByRole('button', { name: 'Lưu đánh giá' }).click();
    await page.getByText('Đã ghi ý kiến chi bộ vào tiến độ từng nhiệm vụ.').waitFor();
    // Saved, the words are the task's note, and the field is empty for what is said next.
    await item.getByText('Đã ghi: Chi bộ thống nhất tiếp tục theo dõi').waitFor();
    expect(await item.getByRole('textbox').inputValue()).toBe('');
    await check('task-review');
  }, 240_000);

  it('a member who has not taken in a document confirms on her phone that she has read it', async () => {
    const ctx = await browser.newContext({ ...PHONE, locale: 'vi-VN' });
    const p = await ctx.newPage();
    await p.goto(server.url + '/login');
    await p.getByLabel('Tên đăng nhập').fill('ltthoan');
    await p.getByLabel('Mật khẩu').fill('chibo-demo');
    await p.getByRole('button', { name: 'Đăng nhập' }).click();
    await p.waitForURL((u) => u.pathname === '/meetings'); // a member's first screen
    const mine = p.getByRole('region', { name: 'Văn bản tôi cần đọc' });
    const item = mine.getByRole('listitem').first();
    await item.waitFor();
    const number = (await item.getByRole('link').first().textContent())!.split(' — ')[0];
    const count = await mine.getByRole('listitem').count();
    await p.waitForLoadState('networkidle');
    await expectNoHorizontalScroll(p, 'member-home');
    await expectAccessible(p, 'member-home');
    await p.screenshot({ path: path.join(shots, 'followup-member-documents.png'), scale: 'css' });
    await item.getByRole('button', { name: 'Tôi đã đọc' }).click();
    await p.getByText('Đã ghi nhận đồng chí đã đọc.').waitFor();
    if (count === 1) await mine.waitFor({ state: 'detached' });
    else await mine.getByRole('link', { name: new RegExp(`^${number.replace(/[/.]/g, '\\$&')} — `) }).waitFor({ state: 'detached' });
    await ctx.close();
  }, 240_000);
  it('records at a meeting that the cell disseminated a document, then an absent member’s reading', async () => {
    const cell = (await server.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    const meeting = (await server.db.one<{ id: string }>(
      `SELECT id FROM meetings m WHERE org_id = $1 AND status IN ('held', 'approved')
          AND EXISTS (SELECT 1 FROM agenda_items a WHERE a.meeting_id = m.id AND a.template_key = 'upper_documents') ORDER BY date DESC LIMIT 1`, [cell],
    ))!.id;
    await page.goto(`${server.url}/meetings/${meeting}/minutes`);
    await page.getByRole('button', { name: /quán triệt văn bản của cấp trên/ }).first().click();
    const panel = page.getByRole('group', { name: 'Quán triệt văn bản tại buổi sinh hoạt này' });
    const card = panel.getByRole('listitem').filter({ hasText: '57-NQ/TW' });
    await card.getByRole('button', { name: 'Ghi đã quán triệt tại buổi này' }).click();
    await card.getByText('Đã quán triệt tại buổi này').waitFor();
    await card.getByText(/\d+\/\d+ đảng viên đã nắm/).waitFor();
    await check('meeting-dissemination', panel);

    // The members who missed it: the secretary records one who read it afterwards; the figure goes up by one.
    await card.getByRole('link', { name: /đảng viên chưa nắm/ }).click();
    await page.getByRole('heading', { level: 1, name: /57-NQ\/TW/ }).waitFor();
    const figure = page.getByText(/^\d+\/\d+ đảng viên đã nắm$/);
    const before = Number((await figure.textContent())!.split('/')[0]);
    const row = page.locator('.fu-member-row').filter({ has: page.getByRole('button', { name: /^Ghi đã đọc/ }) }).first();
    const name = (await row.locator('span').first().textContent())!.trim();
    await row.getByRole('button', { name: /^Ghi đã đọc/ }).click();
    await page.locator('.fu-member-row').filter({ hasText: name }).getByText(/Đã đọc/).waitFor();
    await page.getByText(`${before + 1}/`, { exact: false }).first().waitFor();
    await check('cell-document');
  }, 240_000);


  it('sees his unread notifications from the bell and opens one', async () => {
    // The scheduled work of the day, as the running server does it every minute.
    await tick(server.db, { mail: null, publicUrl: null, lagSeconds: 0 });
    await page.goto(server.url + '/dashboard');
    const bell = page.getByRole('link', { name: /^Thông báo: \d+ chưa đọc$/ });
    await bell.click();
    await page.getByRole('heading', { level: 1, name: 'Thông báo' }).waitFor();
    const unread = page.getByText(/^\d+ thông báo chưa đọc$/);
    const before = Number((await unread.textContent())!.split(' ')[0]);
    expect(before).toBeGreaterThan(0);
    await check('notifications');
    await page.locator('.notif-unread button').first().click();
    await page.waitForURL((u) => u.pathname !== '/notifications');
    await page.goBack();
    await page.getByText(`${before - 1} thông báo chưa đọc`).waitFor();
  }, 240_000);
});
