import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json } from '../support/app';
import { PHONE, expectNoHorizontalScroll, launch, startServer, type Server } from './support';

/**
 * The meeting held in the village with no signal, on a 360-px phone: the secretary opens the planned meeting
 * while online, loses the connection, reloads, and records the roll call, dues, two speeches, a vote and the
 * score. The changes wait on the phone (IndexedDB) and reach the server exactly once when the connection comes
 * back. A change the office made meanwhile to the same record is shown beside the phone's, nothing lost.
 */
describe('recording a meeting offline', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let meetingId = '';

  beforeAll(async () => {
    server = await startServer();
    expect((await server.app.inject({ method: 'POST', url: '/api/setup/demo' })).statusCode).toBe(200);
    meetingId = (await server.db.one<{ id: string }>(
      `SELECT m.id FROM meetings m JOIN orgs o ON o.id = m.org_id
        WHERE o.name = 'Chi bộ bản Phiêng Lơi' AND m.status = 'planned' ORDER BY m.date LIMIT 1`,
    ))!.id;
    // Next month's meeting, held early (the reason recorded): the roll call is allowed before its day.
    await server.db.query(`UPDATE meetings SET early_reason = 'Bà con vào vụ gặt, chi bộ họp sớm' WHERE id = $1`, [meetingId]);
    browser = await launch();
    context = await browser.newContext({ ...PHONE, locale: 'vi-VN' });
    page = await context.newPage();
    await page.goto(server.url + '/login');
    await page.getByLabel('Tên đăng nhập').fill('lvtruong');
    await page.getByLabel('Mật khẩu').fill('chibo-demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    // Installed: the service worker controls the page.
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 60_000 });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const count = async (sql: string) => Number((await server.db.one<{ n: string }>(sql, [meetingId]))!.n);
  const openStep = async (path: string, ready: Locator) => {
    await page.goto(`${server.url}/meetings/${meetingId}/${path}`);
    await ready.waitFor();
    await page.waitForLoadState('networkidle');
  };
  /** The step links move between steps inside the app (no page load, as a secretary offline taps them). */
  const step = async (name: string) => {
    await page.getByRole('navigation', { name: 'Các bước' }).getByRole('link', { name }).click();
    await page.getByRole('heading', { name: new RegExp(`^Bước \\d+/7: ${name}`) }).waitFor();
  };
  /** An error alert fails at once with its text. */
  const noError = async () => {
    const alerts = await page.locator('.ant-alert-error').allTextContents();
    expect(alerts).toEqual([]);
  };
  const pending = () => page.locator('.sync-bar');

  it('records the roll call, dues, two speeches, a vote and the score with no connection; all reach the server once', async () => {
    // Online: the meeting is opened once, each step the secretary will need.
    await openStep('roll-call', page.getByRole('button', { name: 'Mọi người có mặt' }));
    await openStep('dues', page.getByRole('button', { name: 'Đủ' }).first());
    await openStep('minutes', page.getByRole('button', { name: /^Thu gọn/ }).first());
    await openStep('score', page.getByRole('button', { name: 'Lưu điểm' }));
    await openStep('roll-call', page.getByRole('button', { name: 'Mọi người có mặt' }));

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Đang ngoại tuyến' }).waitFor();

    // Roll call: everyone present, one absentee without reason.
    await page.getByRole('button', { name: 'Mọi người có mặt' }).click();
    await page.getByText(/Đã điểm danh có mặt \d+ đồng chí/).waitFor();
    const members = page.getByRole('region', { name: /^Đảng viên \(/ }).getByRole('group');
    const absentee = (await members.nth(3).getAttribute('aria-label'))!;
    const row = page.getByRole('group', { name: absentee, exact: true });
    await row.getByRole('button', { name: 'Vắng không lý do' }).click();
    await expect.poll(() => row.getByRole('button', { name: 'Vắng không lý do' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => pending().textContent()).toMatch(/2 thay đổi đang chờ gửi/);
    await noError();

    // The page reloaded with no connection still has everything.
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Đang ngoại tuyến' }).waitFor();
    await expect.poll(() => page.locator('.mt-roll-sticky').textContent()).toMatch(/20\s*\/\s*21/);
    expect(await page.getByRole('group', { name: absentee, exact: true }).getByRole('button', { name: 'Vắng không lý do' }).getAttribute('aria-pressed')).toBe('true');

    // Dues: two members pay in full.
    await step('Đảng phí');
    const payers: string[] = [];
    for (const i of [0, 1]) {
      const r = page.getByRole('list').locator('.mt-dues-row').nth(i).getByRole('group');
      payers.push((await r.getAttribute('aria-label'))!);
      await r.getByRole('button', { name: 'Đủ' }).click();
      await r.getByText('Đã nộp đủ', { exact: true }).waitFor();
    }
    await noError();

    // Minutes: two speeches, a vote.
    await step('Biên bản');
    const speeches = [
      ['Đánh giá kết quả thực hiện nhiệm vụ tháng trước', 'Nhất trí với báo cáo; thu hoạch lúa mùa đạt kế hoạch.'],
      ['Thảo luận', 'Đề nghị chi hội phụ nữ vận động chị em tham gia vệ sinh môi trường.'],
    ];
    const openItem = async (title: string) => {
      const item = page.getByRole('region', { name: new RegExp(title) });
      const write = item.getByRole('button', { expanded: false });
      if (await write.count()) await write.click();
      await item.getByRole('button', { name: /^Thu gọn/ }).waitFor();
      return item;
    };
    for (const [title, gist] of speeches) {
      const item = await openItem(title);
      await item.getByLabel('Người phát biểu').selectOption({ index: 1 });
      await item.getByLabel('Tóm tắt ý kiến').fill(gist);
      await item.getByRole('button', { name: 'Thêm ý kiến' }).click();
      await item.getByText(gist).waitFor();
    }
    const vote = await openItem('Biểu quyết thông qua kết luận');
    await vote.getByRole('button', { name: /^Thêm biểu quyết/ }).click();
    await vote.getByLabel('Tán thành', { exact: true }).fill('18');
    await vote.getByRole('button', { name: 'Lưu biểu quyết' }).click();
    await vote.getByText(/Thông qua/).first().waitFor();
    await noError();
    await expectNoHorizontalScroll(page, 'minutes offline');

    // The score.
    await step('Chấm điểm');
    await page.getByRole('button', { name: 'Chấm đủ điểm tất cả rồi trừ dần' }).click();
    await page.getByRole('button', { name: 'Lưu điểm' }).click();
    await page.getByText(/Chi bộ tự chấm/).waitFor();
    await noError();

    // Approval waits for the connection.
    await step('Duyệt');
    await page.getByText(/Duyệt biên bản cần có mạng/).waitFor();
    expect(await page.getByRole('button', { name: 'Duyệt biên bản' }).isDisabled()).toBe(true);

    // Nothing reached the server yet.
    await expect.poll(() => pending().textContent()).toMatch(/8 thay đổi đang chờ gửi/);
    expect(await count(`SELECT count(*) AS n FROM speeches WHERE meeting_id = $1`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM votes WHERE meeting_id = $1`)).toBe(0);

    await context.setOffline(false);
    await pending().waitFor({ state: 'detached', timeout: 60_000 });
    expect(await page.locator('.sync-conflicts').count()).toBe(0);

    // On the server, exactly once.
    const m = json(await server.app.inject({ url: `/api/meetings/${meetingId}`, headers: { cookie: await cookie() } }));
    expect(m.attendance).toMatchObject({ presentExpected: 20, absentUnexcused: 1, notRecorded: 0 });
    expect(m.invitations.find((i: { name: string }) => i.name === absentee).status).toBe('absent_unexcused');
    const gists = m.agenda.flatMap((a: { speeches: { gist: string }[] }) => a.speeches.map((s) => s.gist)).sort();
    expect(gists).toEqual(speeches.map(([, g]) => g).sort());
    expect(m.votes).toHaveLength(1);
    expect(m.votes[0]).toMatchObject({ for: 18, passed: true });
    expect(m.score).not.toBeNull();
    expect(await count(`SELECT count(*) AS n FROM speeches WHERE meeting_id = $1`)).toBe(2);
    expect(await count(`SELECT count(*) AS n FROM votes WHERE meeting_id = $1`)).toBe(1);
    const dues = json(await server.app.inject({ url: `/api/meetings/${meetingId}/dues`, headers: { cookie: await cookie() } }));
    for (const name of payers) expect(dues.items.find((r: { name: string }) => r.name === name).paid).toBeGreaterThan(0);
    expect(dues.items.filter((r: { paid: number | null }) => r.paid !== null)).toHaveLength(2);
    // The screen now shows the server's meeting: approval is open again.
    await page.getByRole('button', { name: 'Duyệt biên bản' }).and(page.locator(':not([disabled])')).waitFor();
  }, 240_000);

  it('shows a change made elsewhere meanwhile beside the phone’s, loses neither, and sends the one chosen', async () => {
    await openStep('roll-call', page.getByRole('heading', { name: /Bước 2\/7/ }));
    const members = page.getByRole('region', { name: /^Đảng viên \(/ }).getByRole('group');
    const name = (await members.nth(5).getAttribute('aria-label'))!;
    const personId = (await server.db.one<{ person_id: string }>(
      `SELECT person_id FROM invitations WHERE meeting_id = $1 AND name = $2`, [meetingId, name]))!.person_id;
    const row = page.getByRole('group', { name, exact: true });

    await context.setOffline(true);
    await page.getByRole('status').filter({ hasText: 'Đang ngoại tuyến' }).waitFor();
    await row.getByRole('button', { name: 'Đến muộn' }).click();
    await expect.poll(() => row.getByRole('button', { name: 'Đến muộn' }).getAttribute('aria-pressed')).toBe('true');
    // A non-conflicting change goes through whatever happens to the other.
    await step('Biên bản');
    const item = page.getByRole('region', { name: /Thảo luận/ });
    const write = item.getByRole('button', { expanded: false });
    if (await write.count()) await write.click();
    await item.getByLabel('Người phát biểu').selectOption({ index: 1 });
    await item.getByLabel('Tóm tắt ý kiến').fill('Ý kiến ghi khi mất sóng.');
    await item.getByRole('button', { name: 'Thêm ý kiến' }).click();
    await item.getByText('Ý kiến ghi khi mất sóng.').waitFor();

    // Meanwhile the office, in another session, records the same member absent with a reason.
    const office = await login();
    const res = await server.app.inject({
      method: 'PUT', url: `/api/meetings/${meetingId}/attendance/${personId}`, headers: { cookie: office },
      payload: { status: 'absent_excused', reason: 'Đi viện' },
    });
    expect(res.statusCode, res.body).toBe(200);

    await context.setOffline(false);
    const conflicts = page.locator('.sync-conflicts');
    await conflicts.waitFor({ timeout: 60_000 });
    const conflict = conflicts.getByRole('group', { name: `Điểm danh — ${name}` });
    await expect.poll(() => conflict.textContent()).toMatch(/Bản trên máy này\s*Đến muộn/);
    expect(await conflict.textContent()).toMatch(/Bản trên máy chủ\s*Vắng có lý do \(Đi viện\)/);
    // The server's version is untouched; the speech went through.
    const status = async () => (await server.db.one<{ status: string }>(
      `SELECT a.status FROM attendance a JOIN invitations i ON i.id = a.invitation_id
        WHERE a.meeting_id = $1 AND i.person_id = $2`, [meetingId, personId]))?.status;
    expect(await status()).toBe('absent_excused');
    await expect.poll(() => count(`SELECT count(*) AS n FROM speeches WHERE meeting_id = $1`), { timeout: 30_000 }).toBe(3);

    // Both versions are kept on the phone across a reload, until one is chosen.
    await page.reload();
    await conflict.waitFor();
    await conflict.getByRole('button', { name: 'Giữ bản trên máy này' }).click();
    await conflicts.waitFor({ state: 'detached', timeout: 60_000 });
    await pending().waitFor({ state: 'detached', timeout: 60_000 });
    await expect.poll(status, { timeout: 30_000 }).toBe('late');
    expect(await count(`SELECT count(*) AS n FROM speeches WHERE meeting_id = $1`)).toBe(3);
  }, 240_000);

  const cookie = async () => (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const login = async () => {
    const res = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'lvtruong', password: 'chibo-demo' } });
    expect(res.statusCode, res.body).toBe(200);
    return res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  };
});
