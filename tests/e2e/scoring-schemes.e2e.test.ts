import { expect, it } from 'vitest';
import path from 'node:path';
import { launch, logIn, startServer, PHONE, expectAccessible, expectNoHorizontalScroll, screenshotDir } from './support';

/**
 * The commune's leader writes the commune's own scoring scheme on a phone: criteria removed and added, a group added and
 * removed again, the points checked as they type by the domain's validateScheme (the server's rule), then a second version
 * that drops the criterion again. Each save is a new version; the earlier one stays.
 */
it('lets a commune leader add and remove criteria and groups, checking the points, each save a new version', async () => {
  const server = await startServer();
  const browser = await launch();
  try {
    expect((await server.app.inject({ method: 'POST', url: '/api/setup/demo' })).statusCode).toBeLessThan(300);
    const root = (await server.db.one<{ id: string }>('SELECT id FROM orgs WHERE parent_id IS NULL'))!.id;
    const page = await (await browser.newContext({ ...PHONE, locale: 'vi-VN' })).newPage();
    await logIn(page, server.url, 'pqdon');
    await page.goto(`${server.url}/orgs/${root}/scoring`);
    const builtin = page.locator('details.mt-scheme', { hasText: 'Chấm điểm chất lượng sinh hoạt chi bộ thường kỳ' }).first();
    await builtin.locator('summary').click();
    await builtin.getByRole('button', { name: 'Sao thành bộ tiêu chí của đơn vị' }).click();
    const editor = page.getByRole('region', { name: /^Phiên bản mới:/ });
    const save = editor.getByRole('button', { name: 'Lưu phiên bản' });
    const problems = editor.locator('.ant-alert-warning');
    await expect.poll(() => save.isEnabled()).toBe(true);

    // Removing a criterion leaves its group short: the problem is named and saving waits.
    await editor.getByRole('button', { name: 'Xóa tiêu chí 3 của nhóm Công tác chuẩn bị' }).click();
    await problems.waitFor();
    expect(await problems.innerText()).toContain('Tổng điểm các tiêu chí của nhóm "Công tác chuẩn bị" (10) khác điểm của nhóm (15).');
    expect(await save.isEnabled()).toBe(false);
    // A new criterion of 5 points in its place.
    const prep = editor.locator('fieldset', { hasText: 'Công tác chuẩn bị' }).first();
    await prep.getByRole('button', { name: 'Thêm tiêu chí' }).click();
    // Until it has a name, the new criterion is named by its place, never by its internal key.
    await expect.poll(() => problems.innerText()).toContain('Tiêu chí 3 của nhóm "Công tác chuẩn bị" chưa có tên.');
    expect(await problems.innerText()).not.toMatch(/tc_\d/);
    await prep.getByRole('textbox', { name: 'Tiêu chí 3 của nhóm Công tác chuẩn bị', exact: true }).fill('Gửi dự thảo nghị quyết cho đảng viên trước 2 ngày');
    const points = prep.getByRole('spinbutton', { name: 'Điểm tối đa: Gửi dự thảo nghị quyết cho đảng viên trước 2 ngày', exact: true });
    await points.fill('5');
    await points.blur();
    await problems.waitFor({ state: 'detached' });
    expect(await save.isEnabled()).toBe(true);

    // A new group puts the scheme over its total, until it is removed again.
    await editor.getByRole('button', { name: 'Thêm nhóm tiêu chí' }).click();
    await problems.waitFor();
    expect(await problems.innerText()).toContain('Tổng điểm các nhóm (101) khác tổng điểm của bộ tiêu chí (100).');
    await expectNoHorizontalScroll(page, 'scheme editor');
    await expectAccessible(page, 'scheme editor');
    await prep.screenshot({ path: path.join(screenshotDir(), 'scoring-scheme-editor.png'), scale: 'css' });
    await problems.screenshot({ path: path.join(screenshotDir(), 'scoring-scheme-problems.png'), scale: 'css' });
    await editor.getByRole('button', { name: 'Xóa nhóm Nhóm tiêu chí mới' }).click();
    await problems.waitFor({ state: 'detached' });

    await editor.getByLabel('Lý do lập phiên bản này').fill('Bổ sung tiêu chí gửi dự thảo nghị quyết trước');
    await save.click();
    await editor.waitFor({ state: 'detached' });
    const v1 = await server.db.one<{ id: string; version: number; body: any }>(
      `SELECT id, version, body FROM scoring_schemes WHERE org_id = $1 ORDER BY version DESC LIMIT 1`, [root],
    );
    expect(v1!.version).toBe(1);
    const prepKeys = (b: any) => b.groups.find((g: any) => g.label === 'Công tác chuẩn bị').criteria.map((c: any) => c.label);
    expect(prepKeys(v1!.body)).toEqual([
      'Chuẩn bị nội dung, dự thảo nghị quyết', 'Chi ủy họp trước thống nhất nội dung sinh hoạt', 'Gửi dự thảo nghị quyết cho đảng viên trước 2 ngày',
    ]);
    expect(v1!.body.groups).toHaveLength(4);

    // Version 2 of the commune's own scheme: the new criterion dropped, its 5 points moved to the first one.
    const own = page.locator('details.mt-scheme', { hasText: 'Đảng bộ xã Thanh Minh' }).first();
    await own.locator('summary').click();
    await own.getByRole('button', { name: 'Lập phiên bản mới' }).click();
    const editor2 = page.getByRole('region', { name: /^Phiên bản mới:/ });
    await editor2.getByRole('button', { name: 'Xóa tiêu chí 3 của nhóm Công tác chuẩn bị' }).click();
    const first = editor2.getByRole('spinbutton', { name: 'Điểm tối đa: Chuẩn bị nội dung, dự thảo nghị quyết', exact: true });
    await first.fill('10');
    await first.blur();
    await editor2.locator('.ant-alert-warning').waitFor({ state: 'detached' });
    await editor2.getByLabel('Lý do lập phiên bản này').fill('Gộp tiêu chí gửi dự thảo vào chuẩn bị nội dung');
    await editor2.getByRole('button', { name: 'Lưu phiên bản' }).click();
    await editor2.waitFor({ state: 'detached' });
    const versions = await server.db.query<{ version: number; body: any }>(
      'SELECT version, body FROM scoring_schemes WHERE id = $1 ORDER BY version', [v1!.id],
    );
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(prepKeys(versions[1].body)).toEqual(['Chuẩn bị nội dung, dự thảo nghị quyết', 'Chi ủy họp trước thống nhất nội dung sinh hoạt']);
    // The first version is kept as it was, for the meetings scored with it.
    expect(prepKeys(versions[0].body)).toHaveLength(3);
    await page.getByText('Phiên bản 2:').first().waitFor();
  } finally {
    await browser.close();
    await server.close();
  }
}, 240_000);
