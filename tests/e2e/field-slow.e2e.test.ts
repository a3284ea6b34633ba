import type { Socket } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, launch, pickReason, startServer, type Server } from './support';

/**
 * The village's connection: Chrome's "Slow 3G" (2 s round trip, 400 kbit/s each way) emulated through the
 * DevTools protocol. With chibo already installed on the phone (its service worker holds the app), the roll
 * call of Phiêng Lơi's 22 members — open the meeting, everyone present, two absentees — moves under 100 KB
 * over the wire, counted in bytes on the server's sockets (headers included, both directions).
 */
describe('roll call on a slow 3G connection', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let meetingId = '';
  const sockets = new Set<Socket>();
  let closedBytes = 0;
  const wireBytes = () => closedBytes + [...sockets].reduce((s, x) => s + x.bytesWritten + x.bytesRead, 0);

  beforeAll(async () => {
    server = await startServer();
    server.app.server.on('connection', (s: Socket) => {
      sockets.add(s);
      s.on('close', () => {
        sockets.delete(s);
        closedBytes += s.bytesWritten + s.bytesRead;
      });
    });
    expect((await server.app.inject({ method: 'POST', url: '/api/setup/demo' })).statusCode).toBe(200);
    meetingId = (await server.db.one<{ id: string }>(
      `SELECT m.id FROM meetings m JOIN orgs o ON o.id = m.org_id
        WHERE o.name = 'Chi bộ bản Phiêng Lơi' AND m.status = 'planned' ORDER BY m.date LIMIT 1`,
    ))!.id;
    await server.db.query(`UPDATE meetings SET early_reason = 'Bà con vào vụ gặt, chi bộ họp sớm' WHERE id = $1`, [meetingId]);
    browser = await launch();
    page = await (await browser.newContext({ ...PHONE, locale: 'vi-VN' })).newPage();
    await page.goto(server.url + '/login');
    await page.getByLabel('Tên đăng nhập').fill('lvtruong');
    await page.getByLabel('Mật khẩu').fill('chibo-demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    // Installed: the service worker controls the page and holds the app shell; the meeting was opened once.
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 60_000 });
    await page.goto(`${server.url}/meetings/${meetingId}/roll-call`);
    await page.getByRole('button', { name: 'Mọi người có mặt' }).waitFor();
    await page.waitForLoadState('networkidle');
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('moves under 100 KB for the whole roll call of 22 members', async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 });
    const before = wireBytes();

    await page.goto(`${server.url}/meetings/${meetingId}/roll-call`, { timeout: 120_000 });
    await page.getByRole('button', { name: 'Mọi người có mặt' }).waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Mọi người có mặt' }).click();
    await page.getByText(/Đã điểm danh có mặt \d+ đồng chí/).waitFor({ timeout: 120_000 });
    const members = page.getByRole('region', { name: /^Đảng viên \(/ }).getByRole('group');
    const first = page.getByRole('group', { name: (await members.nth(3).getAttribute('aria-label'))!, exact: true });
    const second = page.getByRole('group', { name: (await members.nth(7).getAttribute('aria-label'))!, exact: true });
    await first.getByRole('button', { name: 'Vắng không lý do' }).click();
    await expect.poll(() => first.getByRole('button', { name: 'Vắng không lý do' }).getAttribute('aria-pressed'), { timeout: 120_000 }).toBe('true');
    await second.getByRole('button', { name: 'Vắng có lý do' }).click();
    await pickReason(page, 'Ốm');
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden', timeout: 120_000 });
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    expect(await page.locator('.sync-bar').count()).toBe(0); // nothing left waiting: all of it went over the wire

    const kb = (wireBytes() - before) / 1024;
    console.log(`roll call of 22 members on slow 3G: ${kb.toFixed(1)} KB over the wire`);
    expect(kb).toBeLessThan(100);
    const stored = await server.db.one<{ n: string }>(`SELECT count(*) AS n FROM attendance WHERE meeting_id = $1`, [meetingId]);
    expect(Number(stored!.n)).toBe(22); // 21 members summoned (the exempt one apart) and the member of the committee in charge
  }, 300_000);
});
