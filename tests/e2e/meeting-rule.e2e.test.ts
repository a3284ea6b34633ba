import { expect, it } from 'vitest';
import path from 'node:path';
import { launch, startServer, PHONE, expectAccessible, expectNoHorizontalScroll, screenshotDir } from './support';
/** The commune committee sets a cell's meeting time on a phone; only what changed becomes the cell's own setting. */
it('sets a cell’s meeting rule from its calendar', async () => {
  const server = await startServer();
  await server.app.inject({ method: 'POST', url: '/api/setup/demo' });
  const browser = await launch();
  const page = await (await browser.newContext({ ...PHONE, locale: 'vi-VN' })).newPage();
  await page.goto(server.url + '/login');
  await page.getByLabel('Tên đăng nhập').fill('pqdon');
  await page.getByLabel('Mật khẩu').fill('chibo-demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  const cell = await server.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`);
  await page.goto(`${server.url}/orgs/${cell!.id}/meetings`);
  await page.getByRole('button', { name: 'Quy định sinh hoạt' }).click();
  await page.getByLabel('Ký thay mặt').waitFor();
  await page.waitForTimeout(500);
  await expectAccessible(page, 'rule modal');
  await expectNoHorizontalScroll(page, 'rule modal');
  await page.screenshot({ path: path.join(screenshotDir(), 'meeting-rule.png'), scale: 'css' });
  await page.getByLabel('Giờ sinh hoạt').fill('20:00');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  const rule = await server.db.one<{ settings: any }>(`SELECT settings FROM orgs WHERE id = $1`, [cell!.id]);
  // Quorum and document settings were left as they were, so they stay inherited; the cell's own numbering
  // by term (the demo's) stays too.
  expect(rule!.settings).toEqual({ meetingDay: 10, meetingTime: '20:00', numberingBy: 'term', termStart: '2025-04-20' });
  await browser.close(); await server.close();
}, 240_000);
