import { expect, it } from 'vitest';
import path from 'node:path';
import { launch, startServer, PHONE, expectAccessible, expectNoHorizontalScroll, screenshotDir } from './support';

/** The commune approves a cell's annual plan on a phone: the plan waiting, its quarters and progress, approval. */
it('pqdon approves the plan Huổi Phạ submitted, on a 360-px phone', async () => {
  const server = await startServer();
  await server.app.inject({ method: 'POST', url: '/api/setup/demo' });
  const browser = await launch();
  try {
    const page = await (await browser.newContext({ ...PHONE, locale: 'vi-VN' })).newPage();
    await page.goto(server.url + '/login');
    await page.getByLabel('Tên đăng nhập').fill('pqdon');
    await page.getByLabel('Mật khẩu').fill('chibo-demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto(server.url + '/plans');
    await page.getByText('Đã trình, chờ duyệt').first().waitFor();
    await expectAccessible(page, 'plans list');
    await expectNoHorizontalScroll(page, 'plans list');
    await page.screenshot({ path: path.join(screenshotDir(), 'plans-list.png'), scale: 'css', fullPage: true });
    await page.getByRole('link', { name: /Huổi Ph/ }).click();
    await page.getByRole('heading', { name: 'Sinh hoạt chuyên đề từng quý' }).waitFor();
    await expectAccessible(page, 'plan');
    await expectNoHorizontalScroll(page, 'plan');
    await page.screenshot({ path: path.join(screenshotDir(), 'plan.png'), scale: 'css', fullPage: true });
    await page.getByRole('button', { name: 'Duyệt kế hoạch' }).click();
    await page.getByText('Đ/c Phạm Quang Đôn duyệt lúc').waitFor();
    const row = await server.db.one<{ status: string }>(
      `SELECT a.status FROM activity_plans a JOIN orgs o ON o.id = a.org_id WHERE o.name LIKE 'Chi bộ bản Huổi Ph%'`,
    );
    expect(row!.status).toBe('approved');
  } finally {
    await browser.close();
    await server.close();
  }
}, 240000);
