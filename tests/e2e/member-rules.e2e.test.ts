import { it } from 'vitest';
import path from 'node:path';
import { launch, startServer, PHONE, expectAccessible, expectNoHorizontalScroll, screenshotDir, submitDialog } from './support';
import { addDays, formatDateVi, todayVn } from '../../src/domain/dates';

/**
 * On a phone, the commune office records that a member attends another cell temporarily (sinh hoạt tạm thời):
 * the member's page shows the period, the host cell's page lists the member, the home cell's page lists the
 * member as attending elsewhere, and a cell's page lists its members behind with their dues.
 */
it('records a temporary attendance in another cell and shows it on both cells’ pages', async () => {
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
    const home = (await server.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    const host = (await server.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Tâu'`))!.id;
    const member = (await server.db.one<{ person_id: string; full_name: string }>(
      `SELECT m.person_id, p.full_name FROM memberships m JOIN members mb ON mb.person_id = m.person_id JOIN people p ON p.id = m.person_id
        WHERE m.org_id = $1 AND m.ended_on IS NULL AND mb.state = 'active' AND mb.standing = 'official'
          AND NOT EXISTS (SELECT 1 FROM positions s WHERE s.person_id = m.person_id AND s.ended_on IS NULL)
        ORDER BY p.full_name LIMIT 1`,
      [home],
    ))!;
    const last = addDays(todayVn(), 60);

    await page.goto(`${server.url}/members/${member.person_id}`);
    await page.getByRole('button', { name: 'Sinh hoạt tạm thời' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Chi bộ nơi sinh hoạt tạm thời').click();
    await dialog.getByLabel('Chi bộ nơi sinh hoạt tạm thời').fill('Tâu');
    // The cells come with the commune's list of units: the user picks the cell once the list shows it.
    await page.locator('.ant-select-item-option', { hasText: 'Chi bộ bản Tâu' }).waitFor();
    await page.keyboard.press('Enter');
    await dialog.locator('.ant-select-content-has-value', { hasText: 'Chi bộ bản Tâu' }).waitFor();
    await dialog.getByLabel('Đến ngày (ngày cuối)').fill(formatDateVi(last));
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Lý do').fill('Đi làm ăn xa ở bản Tâu');
    await expectAccessible(page, 'temporary attendance dialog');
    await page.screenshot({ path: path.join(screenshotDir(), 'member-temporary-dialog.png'), scale: 'css' });
    await submitDialog(page, 'Lưu');
    const section = page.getByRole('region', { name: 'Sinh hoạt đảng tạm thời' });
    await section.getByText('Chi bộ bản Tâu').waitFor();
    await section.getByText(`Từ ${formatDateVi(todayVn())} đến ${formatDateVi(last)}`).waitFor();
    await page.getByText('Sinh hoạt tạm thời tại Chi bộ bản Tâu').waitFor();
    await expectNoHorizontalScroll(page, 'member page');
    await page.screenshot({ path: path.join(screenshotDir(), 'member-temporary.png'), scale: 'css', fullPage: true });

    await page.goto(`${server.url}/orgs/${host}`);
    const here = page.getByRole('region', { name: 'Đảng viên không sinh hoạt thường xuyên tại chi bộ' });
    await here.getByText('Sinh hoạt tạm thời tại chi bộ (được triệu tập ở đây)').waitFor();
    await here.getByRole('link', { name: member.full_name }).waitFor();
    await here.getByText('từ Chi bộ bản Phiêng Lơi').first().waitFor();
    await expectAccessible(page, 'host cell page');
    await expectNoHorizontalScroll(page, 'host cell page');
    await here.screenshot({ path: path.join(screenshotDir(), 'cell-temporary-here.png'), scale: 'css' });

    await page.goto(`${server.url}/orgs/${home}`);
    const away = page.getByRole('region', { name: 'Đảng viên không sinh hoạt thường xuyên tại chi bộ' });
    await away.getByText('Sinh hoạt tạm thời nơi khác (không triệu tập, không tính biểu quyết)').waitFor();
    await away.getByRole('link', { name: member.full_name }).waitFor();
    const dues = page.getByRole('region', { name: 'Đảng viên chưa nộp đảng phí' });
    await dues.waitFor();
    await expectAccessible(page, 'home cell page');
    await expectNoHorizontalScroll(page, 'home cell page');
    await page.screenshot({ path: path.join(screenshotDir(), 'cell-standing-dues.png'), scale: 'css', fullPage: true });
  } finally {
    await browser.close();
    await server.close();
  }
}, 360_000);
