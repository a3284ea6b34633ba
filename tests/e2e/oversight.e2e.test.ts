import { expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launch, startServer, PHONE, DESKTOP, expectAccessible, expectNoHorizontalScroll, screenshotDir, logIn } from './support';

/** The committee member in charge, on a phone: his first screen, then the observation after a meeting he attended. */
it('tvkhay writes the observation after a meeting he attended, on a 360-px phone', async () => {
  const server = await startServer();
  await server.app.inject({ method: 'POST', url: '/api/setup/demo' });
  const browser = await launch();
  try {
    const page = await (await browser.newContext({ ...PHONE, locale: 'vi-VN' })).newPage();
    await logIn(page, server.url, 'tvkhay');
    await page.waitForURL((u) => u.pathname === '/oversight');
    await page.getByRole('heading', { name: /Nhận xét cần ghi \(1\)/ }).waitFor();
    await page.getByRole('heading', { name: 'Chi bộ được phân công phụ trách' }).waitFor();
    await expectAccessible(page, 'oversight home');
    await expectNoHorizontalScroll(page, 'oversight home');
    await page.screenshot({ path: path.join(screenshotDir(), 'oversight-home.png'), scale: 'css', fullPage: true });
    await page.getByRole('button', { name: /Ghi nhận xét/ }).click();
    await page.waitForURL((u) => u.pathname.startsWith('/oversight/meetings/'));
    const meetingId = page.url().split('/').pop()!;
    await page.getByLabel('Chi bộ lãnh đạo, điều hành thế nào').fill('Chi bộ chuẩn bị chu đáo, điều hành đúng trình tự, kết luận rõ người rõ việc.');
    await page.getByLabel('Tư tưởng, tâm trạng của đảng viên').fill('Đảng viên phấn khởi; vài đồng chí cao tuổi lo mức đóng góp làm đường.');
    await page.getByLabel('Ý kiến, dư luận của nhân dân').fill('Nhân dân đồng tình hiến đất làm đường.');
    await expectAccessible(page, 'observation form');
    await expectNoHorizontalScroll(page, 'observation form');
    await page.screenshot({ path: path.join(screenshotDir(), 'oversight-observation.png'), scale: 'css', fullPage: true });
    await page.getByRole('button', { name: 'Lưu nhận xét' }).click();
    await page.waitForURL((u) => u.pathname === '/oversight');
    await page.getByRole('heading', { name: /Nhận xét cần ghi \(0\)/ }).waitFor();
    const saved = await server.db.one<{ leadership: string; proposals: string | null }>(
      'SELECT leadership, proposals FROM overseer_observations WHERE meeting_id = $1', [meetingId],
    );
    expect(saved).toEqual({ leadership: 'Chi bộ chuẩn bị chu đáo, điều hành đúng trình tự, kết luận rõ người rõ việc.', proposals: null });
  } finally {
    await browser.close();
    await server.close();
  }
}, 240_000);

/** The commune office on a desktop: the month's cells without a committee member, observations missing. */
it('pqdon sees the month of the commune’s cells', async () => {
  const server = await startServer();
  await server.app.inject({ method: 'POST', url: '/api/setup/demo' });
  const browser = await launch();
  try {
    const page = await (await browser.newContext({ ...DESKTOP, locale: 'vi-VN' })).newPage();
    await logIn(page, server.url, 'pqdon');
    await page.getByRole('link', { name: 'Năm công tác' }).first().click();
    await page.getByRole('link', { name: 'Đảng ủy viên dự sinh hoạt chi bộ' }).click();
    await page.getByText('Chi bộ không có đảng ủy viên dự').first().waitFor();
    await page.getByRole('button', { name: 'Tháng trước' }).click();
    await page.getByText('Chi bộ bản Phiêng Lơi').first().waitFor();
    await expectAccessible(page, 'oversight month');
    await page.screenshot({ path: path.join(screenshotDir(), 'oversight-month.png'), scale: 'css', fullPage: true });
  } finally {
    await browser.close();
    await server.close();
  }
}, 240_000);

/** The commune office on a desktop: an inspection item from the team's findings to every remedy verified. */
it('pqdon concludes an inspection and verifies its remedy', async () => {
  const server = await startServer();
  await server.app.inject({ method: 'POST', url: '/api/setup/demo' });
  const browser = await launch();
  try {
    const page = await (await browser.newContext({ ...DESKTOP, locale: 'vi-VN' })).newPage();
    await logIn(page, server.url, 'pqdon');
    await page.getByRole('link', { name: 'Năm công tác' }).first().click();
    await page.getByRole('link', { name: 'Kiểm tra, giám sát' }).click();
    await page.getByText('Đoàn đã có kết quả').first().waitFor();
    await expectAccessible(page, 'supervision programme');
    await page.screenshot({ path: path.join(screenshotDir(), 'supervision-list.png'), scale: 'css', fullPage: true });
    await page.getByRole('link', { name: /Kiểm tra: Chi ủy Chi bộ bản Co/ }).click();
    await page.getByRole('heading', { name: '4. Kết luận và thông báo kết luận' }).waitFor();
    await page.getByLabel('Ưu điểm').fill('Chi ủy quan tâm tạo nguồn phát triển đảng viên.');
    await page.getByLabel('Hạn chế, khuyết điểm').fill('Chưa phân công đảng viên giúp đỡ quần chúng ưu tú.');
    await page.getByRole('button', { name: 'Thêm việc khắc phục' }).click();
    await page.getByLabel('Việc khắc phục', { exact: true }).fill('Phân công đảng viên chính thức giúp đỡ từng quần chúng ưu tú');
    await page.getByLabel('Người chịu trách nhiệm').fill('Chi ủy Chi bộ bản Co Củ');
    await page.getByLabel('Thời hạn').fill('31/12/2027');
    await page.getByText('Việc cần khắc phục').click();
    await expectAccessible(page, 'conclusion form');
    await page.screenshot({ path: path.join(screenshotDir(), 'supervision-conclusion.png'), scale: 'css', fullPage: true });
    await page.getByRole('button', { name: 'Kết luận và ban hành thông báo' }).click();
    await page.getByRole('heading', { name: '5. Khắc phục và xác minh' }).waitFor();
    await page.getByRole('link', { name: /Tải về PDF/ }).nth(1).waitFor();
    await page.getByRole('button', { name: /Báo cáo đã khắc phục/ }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('Đã phân công 4 đảng viên giúp đỡ 4 quần chúng.');
    await page.getByRole('dialog').getByRole('button', { name: 'Báo cáo đã khắc phục' }).click();
    await page.getByText('Báo cáo: Đã phân công 4 đảng viên giúp đỡ 4 quần chúng.').waitFor();
    // The report's dialog is gone (its closing animation over) before the verification's opens.
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: /^Xác minh/ }).click();
    const verify = page.getByRole('dialog').getByRole('button', { name: 'Xác minh' });
    await verify.waitFor();
    await verify.click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByText('Đã xác minh, kết thúc').first().waitFor();
    await expectAccessible(page, 'verified item');
    await page.screenshot({ path: path.join(screenshotDir(), 'supervision-verified.png'), scale: 'css', fullPage: true });
    const row = await server.db.one<{ status: string }>(
      `SELECT s.status FROM supervision_items s JOIN orgs o ON o.id = s.subject_org_id WHERE o.name LIKE 'Chi bộ bản Co%' AND s.subject_kind = 'cell_committee'`,
    );
    expect(row!.status).toBe('verified');
  } finally {
    await browser.close();
    await server.close();
  }
}, 240_000);
