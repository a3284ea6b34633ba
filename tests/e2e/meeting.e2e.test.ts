import path from 'node:path';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, formatWeekdayDateVi, todayVn, toIsoDate, parseIsoDate } from '../../src/domain/dates';
import { json } from '../support/app';
import { PHONE, pickReason, submitDialog, expectAccessible, expectNoHorizontalScroll, launch, screenshotDir, startServer, type Server } from './support';

/**
 * The walk-through, on a 360-px phone as the secretary of Phiêng Lơi: prepare next month's
 * meeting, send the notice, hold the roll call, write the minutes of two agenda items with a vote, score
 * the meeting, approve the minutes, download the PDF and the DOCX. axe on every step.
 */
describe('a cell secretary holds a meeting on a phone', () => {
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

  const check = async (label: string) => {
    await page.mouse.move(1, 1);
    await expectNoHorizontalScroll(page, label);
    await expectAccessible(page, label);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots, `meeting-${label}.png`), scale: 'css' }); // docs/images come from these
  };
  const step = async (name: string) => {
    await page.getByRole('navigation', { name: 'Các bước của buổi sinh hoạt' }).getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 2, name: new RegExp(': ' + name + '$') }).waitFor();
    await page.waitForLoadState('networkidle');
  };

  it('prepares, holds, minutes, scores and approves next month’s meeting, then downloads the documents', async () => {
    await page.goto(server.url + '/login');
    await page.getByLabel('Tên đăng nhập').fill('lvtruong');
    await page.getByLabel('Mật khẩu').fill('chibo-demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));

    // Next month's meeting of Phiêng Lơi, as the calendar shows it.
    const cell = (await server.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    const { year, month } = parseIsoDate(todayVn());
    const next = addMonths(year, month, 1);
    const from = toIsoDate(next.year, next.month, 1);
    const to = toIsoDate(next.year, next.month, 28);
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const list = json(await server.app.inject({ url: `/api/meetings?orgId=${cell}&from=${from}&to=${to}`, headers: { cookie } })).items;
    const planned = list.find((m: { type: string; id: string | null }) => m.type !== 'thematic' && m.id);
    expect(planned, 'the demo plans next month’s meeting').toBeTruthy();
    await page.goto(`${server.url}/orgs/${cell}/meetings?view=month&month=${from.slice(0, 7)}`);
    await page.waitForLoadState('networkidle');
    await check('calendar');
    await page.getByRole('link', { name: formatWeekdayDateVi(planned.date) }).click();
    await page.waitForURL(/\/meetings\/[0-9a-f-]+/);
    await page.waitForLoadState('networkidle');
    const meetingId = new URL(page.url()).pathname.split('/')[2];
    await step('Chuẩn bị');
    await check('prep');

    await page.getByRole('button', { name: 'Gửi thông báo' }).click();
    await submitDialog(page, 'Gửi thông báo');
    await page.getByText(/Đã gửi thông báo lúc/).waitFor();

    // Roll call: one absent with a reason, one late, everyone else present.
    await step('Điểm danh');
    // Next month's meeting is recorded ahead of its day: that needs a reason first.
    await page.getByLabel(/ghi lý do họp trước ngày/).fill('Chi bộ họp sớm trước mùa gặt');
    await page.getByRole('button', { name: 'Ghi lý do họp trước ngày' }).click();
    await page.getByText(/Ghi trước ngày sinh hoạt/).waitFor();
    await check('roll-call');
    const members = page.getByRole('region', { name: /^Đảng viên \(/ }).getByRole('group');
    const count = await members.count();
    expect(count).toBe(21); // 22 members, the exempt one listed apart
    const absentName = (await members.nth(0).getAttribute('aria-label'))!;
    await members.nth(0).getByRole('button', { name: 'Vắng có lý do' }).click();
    await pickReason(page, 'Ốm');
    await submitDialog(page, 'Lưu');
    await members.nth(1).getByRole('button', { name: 'Đến muộn' }).click();
    await page.waitForLoadState('networkidle');
    for (let i = 2; i < count; i++) {
      await members.nth(i).getByRole('button', { name: 'Có mặt', exact: true }).click();
      await page.waitForLoadState('networkidle');
    }
    await expect.poll(async () => page.locator('.mt-roll-sticky').textContent()).toMatch(/20\s*\/\s*21/);
    await check('roll-call-done');

    // Minutes: chair, recorder, times, two agenda items with a speaker each, and the vote.
    await step('Biên bản');
    await page.getByLabel('Chủ trì', { exact: true }).selectOption({ label: 'Lường Văn Trường' });
    await page.getByLabel('Thư ký', { exact: true }).selectOption({ label: 'Cà Thị Hương' });
    await page.getByLabel('Giờ bắt đầu').fill('19:30');
    await page.getByLabel('Giờ kết thúc').fill('21:30');
    await page.getByRole('button', { name: 'Lưu thông tin buổi họp' }).click();
    await page.getByText(/Thời lượng: 120 phút/).waitFor();
    const speeches = [
      ['Đánh giá kết quả thực hiện nhiệm vụ tháng trước', 'Quàng Văn Ún', 'Nhất trí với báo cáo; thu hoạch lúa mùa đạt kế hoạch.'],
      ['Thảo luận', 'Lường Thị Thoan', 'Đề nghị chi hội phụ nữ vận động chị em tham gia vệ sinh môi trường.'],
    ];
    // One agenda item is open at a time; the others show a one-line summary and a button to write them.
    const openItem = async (title: string) => {
      const item = page.getByRole('region', { name: new RegExp(title) });
      const write = item.getByRole('button', { expanded: false });
      if (await write.count()) await write.click();
      await item.getByRole('button', { name: /^Thu gọn/ }).waitFor();
      return item;
    };
    for (const [title, speaker, gist] of speeches) {
      const item = await openItem(title);
      await item.getByLabel('Người phát biểu').selectOption({ label: speaker });
      await item.getByLabel('Tóm tắt ý kiến').fill(gist);
      await item.getByRole('button', { name: 'Thêm ý kiến' }).click();
      await item.getByText(`Đồng chí ${speaker}:`, { exact: true }).waitFor();
      await item.getByLabel('Kết luận của chủ trì').fill('Chủ trì kết luận: thống nhất thực hiện.');
      await item.getByRole('button', { name: 'Lưu nội dung' }).click();
      await page.waitForLoadState('networkidle');
    }
    const vote = await openItem('Biểu quyết thông qua kết luận');
    await vote.getByRole('button', { name: /^Thêm biểu quyết/ }).click();
    await vote.getByLabel('Tán thành', { exact: true }).fill('99');
    await vote.getByRole('button', { name: 'Lưu biểu quyết' }).click();
    await expect.poll(async () => vote.getByRole('alert').first().textContent()).toMatch(/vượt quá/);
    await vote.getByLabel('Tán thành', { exact: true }).fill('18');
    await vote.getByRole('button', { name: 'Lưu biểu quyết' }).click();
    await vote.getByText(/Thông qua/).first().waitFor();
    await check('minutes');

    // The resolution adopted by that vote needs its content before the minutes can be approved.
    await step('Nghị quyết');
    await page.getByText('Nghị quyết đã được biểu quyết thông qua.').waitFor();
    await page.getByLabel('Kết quả 1', { exact: true }).fill('Thu hoạch lúa mùa đạt kế hoạch.');
    await page.getByRole('button', { name: 'Lưu nghị quyết' }).click();
    await page.waitForLoadState('networkidle');

    await step('Chấm điểm');
    await check('score');
    await page.getByRole('button', { name: 'Chấm đủ điểm tất cả rồi trừ dần' }).click();
    await page.getByRole('button', { name: 'Lưu điểm' }).click();
    await page.getByText(/Chi bộ tự chấm/).waitFor();

    await step('Duyệt');
    await page.getByRole('button', { name: 'Duyệt biên bản' }).click();
    await submitDialog(page, 'Duyệt biên bản');
    await page.getByText(/Biên bản đã được duyệt \(phiên bản 1\)/).waitFor();
    await check('approved');

    // The documents, as the links give them: the PDF's text and the DOCX through LibreOffice.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-meeting-docs-'));
    const save = async (name: string, file: string) => {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      expect(href).toBe(`/api/meetings/${meetingId}/${file}`);
      const r = await page.request.get(server.url + href);
      expect(r.status()).toBe(200);
      fs.writeFileSync(path.join(dir, file), await r.body());
      return path.join(dir, file);
    };
    const pdf = await save('Tải biên bản PDF', 'minutes.pdf');
    const docx = await save('Tải biên bản DOCX', 'minutes.docx');
    const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    execFileSync('libreoffice', [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(dir, 'lo-out'), docx],
      { stdio: 'ignore', timeout: 120_000 });
    const docxText = execFileSync('pdftotext', ['-layout', path.join(dir, 'lo-out', 'minutes.pdf'), '-'], { encoding: 'utf8' });
    for (const text of [pdfText, docxText]) {
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(flat).toContain('CHI BỘ BẢN PHIÊNG LƠI');
      expect(flat).toMatch(/Số \d{2,}-BB\/CB/);
      expect(flat).toMatch(/Thanh Minh, ngày \d{2} tháng \d{2} năm \d{4}/);
      expect(flat).toContain(absentName.split(' (')[0]);
      expect(flat.toLowerCase()).toContain('ốm'); // the absentee's reason
      for (const [, speaker] of speeches) expect(flat).toContain(speaker);
      expect(flat).toMatch(/18\/\d+/);
      expect(flat).toContain('THƯ KÝ');
      expect(flat).toContain('CHỦ TRÌ');
      expect(flat).toContain('Cà Thị Hương');
      expect(flat).toContain('Lường Văn Trường');
    }
  }, 400_000);
});
