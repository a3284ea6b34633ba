import path from 'node:path';
import { expect, it } from 'vitest';
import { DESKTOP, expectAccessible, launch, logIn, screenshotDir, startServer, submitDialog } from './support';

/**
 * Accounts and one's own account, in the browser: the commune's leader locks and unlocks a member's
 * account and resets its password; the member logs in with it, is sent to change it, mistypes the
 * current one (refused in Vietnamese) and changes it; the prompt then goes away.
 */
it('a leader resets a member’s password; the member is made to change it and does', async () => {
  const server = await startServer();
  expect((await server.app.inject({ method: 'POST', url: '/api/setup/demo' })).statusCode).toBe(200);
  const browser = await launch();
  try {
    const leader = await (await browser.newContext({ ...DESKTOP, locale: 'vi-VN' })).newPage();
    await logIn(leader, server.url, 'pqdon');

    await leader.goto(server.url + '/accounts');
    const row = leader.locator('li', { has: leader.locator('code', { hasText: /^ltthoan$/ }) });
    await row.getByText('Đang dùng').waitFor();
    await row.getByRole('button', { name: 'Khóa' }).click();
    await row.getByText('Đã khóa').waitFor();
    await row.getByRole('button', { name: 'Mở khóa' }).click();
    await row.getByText('Đang dùng').waitFor();
    await row.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await leader.getByRole('dialog').getByLabel('Mật khẩu tạm').fill('tam-thoi-2026');
    await submitDialog(leader, 'Lưu');
    await row.getByText('Phải đổi mật khẩu').waitFor();
    await expectAccessible(leader, 'accounts');
    await leader.screenshot({ path: path.join(screenshotDir(), 'accounts.png'), fullPage: true });

    const member = await (await browser.newContext({ ...DESKTOP, locale: 'vi-VN' })).newPage();
    await logIn(member, server.url, 'ltthoan', 'tam-thoi-2026');
    await member.waitForURL((u) => u.pathname === '/me');
    const prompt = member.getByText('Bạn đang dùng mật khẩu tạm do người quản lý đặt.', { exact: false });
    await prompt.waitFor();
    await member.getByText('Phiên này').waitFor();
    await member.getByLabel('Mật khẩu hiện tại').fill('khong-dung-2026');
    await member.getByLabel('Mật khẩu mới', { exact: true }).fill('cua-toi-2026');
    await member.getByLabel('Nhập lại mật khẩu mới').fill('cua-toi-2026');
    await member.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await member.getByText('Mật khẩu hiện tại không đúng.').waitFor();
    await member.getByLabel('Mật khẩu hiện tại').fill('tam-thoi-2026');
    await member.getByLabel('Mật khẩu mới', { exact: true }).fill('cua-toi-2026');
    await member.getByLabel('Nhập lại mật khẩu mới').fill('cua-toi-2026');
    await member.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await member.getByText('Đã đổi mật khẩu.').waitFor();
    await prompt.waitFor({ state: 'hidden' });
    await expect.poll(async () => member.getByText('Mật khẩu hiện tại không đúng.').count()).toBe(0);
    // What the server refused before the change (her attendance history) is read again, without a reload.
    await expect.poll(async () => member.getByText('Bạn cần đổi mật khẩu trước khi tiếp tục.').count()).toBe(0);
    await expectAccessible(member, 'me');
    await member.screenshot({ path: path.join(screenshotDir(), 'me.png'), fullPage: true });
  } finally {
    await browser.close();
    await server.close();
  }
}, 240_000);
